import type { DataSource, RunResult, TestStepResult } from './types';

/**
 * Executing a test case: the overall result a run's step results suggest, the rules a recorded run obeys, and the
 * views of runs the run screen, the API and the history show.
 */

/**
 * The overall result the steps suggest: any 失败 → 失败, else any 阻塞 → 阻塞, all 通过 → 通过. Steps partly passed
 * and partly not run, or none at all, suggest nothing: the tester says what the run proved.
 */
export function suggestedRunResult(steps: readonly TestStepResult[]): RunResult | null {
	if (steps.includes('failed')) return 'failed';
	if (steps.includes('blocked')) return 'blocked';
	if (steps.length && steps.every((s) => s === 'passed')) return 'passed';
	return null;
}

/** Why a run may not be recorded as given, as a message key of the `run.` area, or null when it may. */
export type RunProblem = 'run.error.nothingRun' | 'run.error.passedWithFailures';

export function runProblem(result: RunResult, steps: readonly TestStepResult[]): RunProblem | null {
	// A case without steps is run as a whole; one with steps must have run at least one of them.
	if (steps.length && steps.every((s) => s === 'notRun')) return 'run.error.nothingRun';
	// A pass closes defects (a passing retest): it may not contradict a failed or blocked step.
	if (result === 'passed' && steps.some((s) => s === 'failed' || s === 'blocked'))
		return 'run.error.passedWithFailures';
	return null;
}

export interface TestRunStepView {
	id: string;
	caseStepId: string | null;
	position: number;
	action: string;
	expected: string;
	result: TestStepResult;
	actual: string;
}

export interface TestRunAttachmentView {
	id: string;
	runStepId: string | null;
	filename: string;
	mediaType: string;
	sizeBytes: number;
	sha256: string;
	createdAt: string;
}

/** One run as the history and the API list it. */
export interface TestRunSummary {
	id: string;
	cycleId: string;
	caseId: string;
	result: RunResult;
	dataSource: DataSource;
	actualResult: string;
	testerMemberId: string | null;
	testerName: string;
	testerSide: 'client' | 'vendor' | 'joint';
	executedAt: string;
}

export interface TestRunView extends TestRunSummary {
	caseCode: string;
	caseTitle: string;
	steps: TestRunStepView[];
	attachments: TestRunAttachmentView[];
}

export interface TestRunPage {
	items: TestRunSummary[];
	total: number;
	page: number;
	pageSize: number;
}

/** Failed steps of a run, each the place a defect is raised from. */
export function failedSteps(run: Pick<TestRunView, 'steps'>): TestRunStepView[] {
	return run.steps.filter((s) => s.result === 'failed');
}
