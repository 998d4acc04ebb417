import { suggestedRunResult } from '$lib/testing/runs';
import { STEP_RESULTS, type TestStepResult } from '$lib/testing/types';

const STEP_FIELD = /^steps\.(\d+)\.(caseStepId|result|actual)$/;

/**
 * The run screen's posted fields as recordTestRun reads them: `steps.N.*` rows in step order, and the overall
 * result the steps suggest when the person (without JavaScript) left it unchosen.
 */
export function runInput(values: Record<string, unknown>, caseId: string) {
	const rows = new Map<number, Record<string, unknown>>();
	for (const [key, value] of Object.entries(values)) {
		const m = STEP_FIELD.exec(key);
		if (!m) continue;
		const row = rows.get(Number(m[1])) ?? {};
		row[m[2]] = value;
		rows.set(Number(m[1]), row);
	}
	const steps = [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
	const results = steps
		.map((s) => s.result)
		.filter((r): r is TestStepResult => (STEP_RESULTS as readonly unknown[]).includes(r));
	const chosen = typeof values.result === 'string' ? values.result : '';
	return {
		caseId,
		result: chosen || suggestedRunResult(results) || undefined,
		actualResult: values.actualResult,
		steps
	};
}
