import type { CaseStatus, DataSource } from './types';

// What a cycle's 测试报告 concludes per to-be process: the leads' signatures on the report are the UAT sign-off of
// the processes its cases walk, so each process carries the result of its own cases.

/** 通过: every case passed; 未通过: one failed or is blocked; 未完成: none failed but one has not run. */
export const PROCESS_VERDICTS = ['passed', 'failed', 'incomplete'] as const;
export type ProcessVerdict = (typeof PROCESS_VERDICTS)[number];

export interface ReportCaseFact {
	process: { code: string; name: string } | null;
	status: CaseStatus;
	/** The data its result rests on (waiver.ts resultSource). */
	source: DataSource;
}

export interface ProcessResult {
	/** TB-001 */
	code: string;
	name: string;
	cases: number;
	passed: number;
	failed: number;
	blocked: number;
	notRun: number;
	/** Cases of the process whose result rests on simulated data. */
	simulated: number;
	verdict: ProcessVerdict;
}

export function processVerdict(r: Pick<ProcessResult, 'failed' | 'blocked' | 'notRun'>): ProcessVerdict {
	if (r.failed || r.blocked) return 'failed';
	return r.notRun ? 'incomplete' : 'passed';
}

/** The processes the cycle's cases walk, in code order, each with its cases' results; cases without a process are left out. */
export function processResults(cases: readonly ReportCaseFact[]): ProcessResult[] {
	const byCode = new Map<string, ProcessResult>();
	for (const c of cases) {
		if (!c.process) continue;
		const r = byCode.get(c.process.code) ?? {
			code: c.process.code,
			name: c.process.name,
			cases: 0,
			passed: 0,
			failed: 0,
			blocked: 0,
			notRun: 0,
			simulated: 0,
			verdict: 'incomplete' as ProcessVerdict
		};
		r.cases++;
		r[c.status]++;
		if (c.source === 'simulated') r.simulated++;
		byCode.set(r.code, r);
	}
	return [...byCode.values()]
		.map((r) => ({ ...r, verdict: processVerdict(r) }))
		.sort((a, b) => a.code.localeCompare(b.code));
}

/** The simulated cases the report page lists by name; the rest are counted (the PDF names every one). */
export const SUMMARY_CASES = 50;

/** What the report page shows of the report before it is downloaded: verdict, criteria, data split, processes. */
export interface ReportSummary {
	cycleType: string;
	verdict: 'pass' | 'fail';
	criteria: {
		key: string;
		threshold: number;
		observed: number;
		met: boolean;
		waived: boolean;
		offenders: number;
	}[];
	bySource: Record<DataSource, { executed: number; passed: number; failed: number; blocked: number }>;
	simulated: { code: string; title: string; status: CaseStatus; reason: string }[];
	simulatedCount: number;
	processes: ProcessResult[];
}
