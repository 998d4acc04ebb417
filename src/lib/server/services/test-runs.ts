import type { Side } from '../../raci/sides';
import type { RecordTestRunInput } from '../../schemas/test-runs';
import { runProblem, type TestRunPage, type TestRunView } from '../../testing/runs';
import { cycleAcceptsRuns } from '../../testing/rules';
import type { TestStepResult } from '../../testing/types';
import type { Conn } from '../db';
import { DomainError, notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { rowInProject } from '../repo/project-rows';
import { insertAttachment } from '../repo/test-run-attachments';
import {
	caseSteps,
	insertRun,
	isCycleTester,
	listRunPage,
	loadRun,
	markPlannedRun,
	plannedId,
	RUN_PAGE_SIZE,
	runTarget,
	startCycle,
	type CaseStepRow
} from '../repo/test-runs';
import { recordAudit, type Actor } from './audit';
import type { CheckedScreenshot } from './test-run-screenshots';
import { inTransaction } from './transaction';

/** Who runs the case: the signed-in member, by name and side, and whether they manage the project. */
export interface RunTester {
	memberId: string;
	name: string;
	side: Side;
	manages: boolean;
}

/** A consultant advises either side: their runs are the joint team's. */
const testerSide = (side: Side) => (side === 'consultant' ? 'joint' : side);

/** A tester of the cycle or a project manager may run its cases; anyone else is refused (403). */
export async function assertMayRun(db: Conn, tester: RunTester, cycleId: string): Promise<void> {
	if (tester.manages) return;
	if (!(await isCycleTester(db, cycleId, tester.memberId)))
		throw new DomainError('forbidden', 'run.error.notTester');
}

/** The API's check before it reads a run's body: the cycle is this project's (404) and the person may run it (403). */
export async function assertMayRecord(
	db: Conn,
	tester: RunTester,
	projectId: string,
	cycleId: string
): Promise<void> {
	if (!(await rowInProject(db, 'test_cycles', projectId, cycleId))) throw notFound();
	await assertMayRun(db, tester, cycleId);
}

/** Each case step's result as recorded: the one sent for it, or 未执行 when the run left it out. */
function stepResults(input: RecordTestRunInput, steps: readonly CaseStepRow[]) {
	const known = new Set(steps.map((s) => s.id));
	const sent = new Map<string, { result: TestStepResult; actual: string }>();
	input.steps.forEach((s, i) => {
		if (!known.has(s.caseStepId))
			throw new DomainError('validation_failed', 'run.error.unknownStep', {
				field: `steps.${i}.caseStepId`
			});
		if (sent.has(s.caseStepId))
			throw new DomainError('validation_failed', 'run.error.duplicateStep', {
				field: `steps.${i}.caseStepId`
			});
		sent.set(s.caseStepId, { result: s.result, actual: s.actual });
	});
	return steps.map((step) => ({ step, ...(sent.get(step.id) ?? { result: 'notRun' as const, actual: '' }) }));
}

/** A screenshot sent with the run (from the run screen's form), on one of the case's steps or the whole run. */
export interface RunScreenshot extends CheckedScreenshot {
	caseStepId: string | null;
}

/**
 * Records one execution of a planned case, in one transaction: the run with a copy of each step, the planned
 * row's latest result (and first run, run count), the cycle's start on its first run, any screenshots sent with
 * it, and the audit row. The data source is the one the planned case runs on now.
 */
export async function recordTestRun(
	db: Conn,
	actor: Actor,
	tester: RunTester,
	projectId: string,
	cycleId: string,
	input: RecordTestRunInput,
	screenshots: readonly RunScreenshot[] = []
): Promise<TestRunView> {
	const id = newId();
	await inTransaction(db, async (trx) => {
		const target = await runTarget(trx, projectId, cycleId, input.caseId);
		if (!target) throw notFound();
		if (!target.planned && !(await rowInProject(trx, 'test_cases', projectId, input.caseId)))
			throw notFound();
		await assertMayRun(trx, tester, cycleId);
		if (!cycleAcceptsRuns(target.cycleStatus))
			throw new DomainError('conflict', 'run.error.cycleClosed', { field: 'cycleId' });
		const planned = target.planned;
		if (!planned) throw new DomainError('validation_failed', 'run.error.notPlanned', { field: 'caseId' });
		const steps = stepResults(input, await caseSteps(trx, projectId, input.caseId));
		const problem = runProblem(
			input.result,
			steps.map((s) => s.result)
		);
		if (problem)
			throw new DomainError('validation_failed', problem, {
				field: problem === 'run.error.nothingRun' ? 'steps' : 'result'
			});
		const stepIds = new Map(steps.map((s) => [s.step.id, newId()]));
		for (const shot of screenshots)
			if (shot.caseStepId && !stepIds.has(shot.caseStepId))
				throw new DomainError('validation_failed', 'run.error.unknownStep', { field: 'screenshotStep' });

		const now = nowIso();
		await insertRun(
			trx,
			{
				id,
				project_id: projectId,
				cycle_id: cycleId,
				case_id: input.caseId,
				cycle_case_id: planned.id,
				result: input.result,
				data_source: planned.dataSource,
				actual_result: input.actualResult,
				tester_member_id: tester.memberId,
				tester_name: tester.name,
				tester_side: testerSide(tester.side),
				executed_at: now,
				created_by: actor.userId,
				created_at: now
			},
			steps.map((s) => ({
				id: stepIds.get(s.step.id)!,
				project_id: projectId,
				run_id: id,
				case_step_id: s.step.id,
				position: s.step.position,
				action: s.step.action,
				expected: s.step.expected,
				result: s.result,
				actual: s.actual
			}))
		);
		await markPlannedRun(trx, planned.id, {
			id,
			result: input.result,
			dataSource: planned.dataSource,
			executedAt: now
		});
		const started = await startCycle(trx, cycleId, now);
		for (const shot of screenshots)
			await insertAttachment(trx, {
				id: newId(),
				project_id: projectId,
				run_id: id,
				run_step_id: shot.caseStepId ? (stepIds.get(shot.caseStepId) ?? null) : null,
				filename: shot.filename,
				media_type: shot.mediaType,
				size_bytes: shot.bytes.length,
				sha256: shot.sha256,
				content: shot.bytes,
				created_by: actor.userId,
				created_at: now
			});
		await recordAudit(trx, actor, {
			action: 'testRun.record',
			objectType: 'testRun',
			objectId: id,
			projectId,
			detail: {
				cycleId,
				caseId: input.caseId,
				result: input.result,
				dataSource: planned.dataSource,
				failedSteps: steps.filter((s) => s.result === 'failed').map((s) => s.step.position),
				screenshots: screenshots.length,
				cycleStarted: started
			}
		});
	});
	return getTestRun(db, projectId, id);
}

export async function getTestRun(db: Conn, projectId: string, runId: string): Promise<TestRunView> {
	const run = await loadRun(db, projectId, runId);
	if (!run) throw notFound();
	return run;
}

/** A cycle's runs, newest first, 50 a page; `caseId` narrows to one planned case (another project's is 404). */
export async function listTestRuns(
	db: Conn,
	projectId: string,
	cycleId: string,
	query: { caseId?: string; page: number }
): Promise<TestRunPage> {
	if (!(await rowInProject(db, 'test_cycles', projectId, cycleId))) throw notFound();
	let planned: string | null = null;
	if (query.caseId) {
		if (!(await rowInProject(db, 'test_cases', projectId, query.caseId))) throw notFound();
		planned = await plannedId(db, projectId, cycleId, query.caseId);
		if (!planned) return { items: [], total: 0, page: query.page, pageSize: RUN_PAGE_SIZE };
	}
	return listRunPage(db, projectId, cycleId, planned, query.page);
}
