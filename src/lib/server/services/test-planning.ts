import {
	canPlanCases,
	planPositions,
	type PlannedCasePage,
	type PlannedCaseQuery,
	type PlannedCaseView,
	type PlanningResult
} from '../../testing/cases';
import { cycleAcceptsRuns } from '../../testing/rules';
import { TESTING_LIMITS } from '../../testing/types';
import type { PlanTestCasesInput, UpdatePlannedCaseInput } from '../../schemas/test-cases';
import type { Member } from '../../raci/member';
import type { Conn } from '../db';
import { DomainError, notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { foreignIds } from '../repo/project-rows';
import { cycleHeader, type CycleHeader } from '../repo/testing-refs';
import {
	alreadyPlanned,
	deletePlannedCase,
	insertPlannedCases,
	isCycleTester,
	lastPlannedPosition,
	loadPlannedCase,
	memberInProject,
	plannedCasePage,
	plannedRunCount,
	unplannedCaseIds,
	updatePlannedAssignee,
	type UnplannedFilter
} from '../repo/test-planning';
import { recordAudit, type Actor } from './audit';
import { inTransaction } from './transaction';

/** Who is asking: planning is for managers and the vendor's members. */
export interface Planner {
	member: Pick<Member, 'side'>;
	canManage: boolean;
}

async function cycleOf(db: Conn, projectId: string, cycleId: string): Promise<CycleHeader> {
	const cycle = await cycleHeader(db, projectId, cycleId);
	if (!cycle) throw notFound();
	return cycle;
}

/** A closed cycle plans no more cases, changes no assignee and unplans nothing. */
function checkOpen(cycle: CycleHeader) {
	if (!cycleAcceptsRuns(cycle.status))
		throw new DomainError('conflict', 'tcase.error.cycleClosed', { params: { name: cycle.name } });
}

function checkPlanner(planner: Planner) {
	if (!canPlanCases(planner.member, planner.canManage))
		throw new DomainError('forbidden', 'tcase.error.plannersOnly');
}

/** The assignee must be one of the cycle's testers (another project's member is missing). */
async function checkAssignee(db: Conn, projectId: string, cycleId: string, memberId: string | null) {
	if (!memberId) return;
	if (!(await memberInProject(db, projectId, memberId)))
		throw new DomainError('not_found', 'tcase.error.assigneeMissing', { field: 'assigneeMemberId' });
	if (!(await isCycleTester(db, cycleId, memberId)))
		throw new DomainError('validation_failed', 'tcase.error.notTester', { field: 'assigneeMemberId' });
}

export async function listPlannedCases(
	db: Conn,
	projectId: string,
	cycleId: string,
	q: PlannedCaseQuery
): Promise<PlannedCasePage> {
	await cycleOf(db, projectId, cycleId);
	return plannedCasePage(db, projectId, cycleId, q);
}

export async function getPlannedCase(
	db: Conn,
	projectId: string,
	cycleId: string,
	caseId: string
): Promise<PlannedCaseView> {
	const found = await loadPlannedCase(db, projectId, cycleId, caseId);
	if (!found) throw notFound();
	return found;
}

/**
 * Plans cases into a cycle on the client's real data (the vendor switches a case to simulated data when the
 * client's data is late). A case already in the cycle is left as it is; nothing is copied.
 */
export async function planTestCases(
	db: Conn,
	actor: Actor,
	planner: Planner,
	projectId: string,
	cycleId: string,
	input: PlanTestCasesInput
): Promise<PlanningResult> {
	return inTransaction(db, async (trx) => {
		const cycle = await cycleOf(trx, projectId, cycleId);
		checkPlanner(planner);
		if ((await foreignIds(trx, 'test_cases', projectId, input.caseIds)).length)
			throw new DomainError('not_found', 'tcase.error.caseMissing', { field: 'caseIds' });
		checkOpen(cycle);
		await checkAssignee(trx, projectId, cycleId, input.assigneeMemberId);
		const there = await alreadyPlanned(trx, cycleId, input.caseIds);
		const fresh = planPositions(input.caseIds, there, await lastPlannedPosition(trx, cycleId));
		const now = nowIso();
		await insertPlannedCases(
			trx,
			fresh.map((p) => ({
				id: newId(),
				project_id: projectId,
				cycle_id: cycleId,
				case_id: p.caseId,
				position: p.position,
				data_source: 'real',
				assignee_member_id: input.assigneeMemberId,
				planned_at: now
			}))
		);
		const result = { planned: fresh.length, alreadyPlanned: new Set(input.caseIds).size - fresh.length };
		if (fresh.length)
			await recordAudit(trx, actor, {
				action: 'testCycle.planCases',
				objectType: 'testCycle',
				objectId: cycleId,
				projectId,
				detail: { ...result, assigneeMemberId: input.assigneeMemberId }
			});
		return result;
	});
}

async function plannedOf(db: Conn, projectId: string, cycleId: string, caseId: string) {
	const cycle = await cycleOf(db, projectId, cycleId);
	const planned = await loadPlannedCase(db, projectId, cycleId, caseId);
	if (!planned) throw notFound();
	return { cycle, planned };
}

/** Changes who is expected to run a planned case, over the version read. */
export async function updatePlannedCase(
	db: Conn,
	actor: Actor,
	planner: Planner,
	projectId: string,
	cycleId: string,
	caseId: string,
	input: UpdatePlannedCaseInput
): Promise<PlannedCaseView> {
	await inTransaction(db, async (trx) => {
		const { cycle, planned } = await plannedOf(trx, projectId, cycleId, caseId);
		checkPlanner(planner);
		if (planned.version !== input.version)
			throw new DomainError('conflict', 'error.versionConflict', { current: planned });
		checkOpen(cycle);
		await checkAssignee(trx, projectId, cycleId, input.assigneeMemberId);
		if (!(await updatePlannedAssignee(trx, planned.id, planned.version, input.assigneeMemberId)))
			throw new DomainError('conflict', 'error.versionConflict', { current: planned });
		await recordAudit(trx, actor, {
			action: 'testCycle.assignCase',
			objectType: 'testCycle',
			objectId: cycleId,
			projectId,
			detail: { caseId, from: planned.assigneeMemberId, to: input.assigneeMemberId }
		});
	});
	return getPlannedCase(db, projectId, cycleId, caseId);
}

/** Takes a case out of a cycle; a case already run there keeps its place (its runs are the cycle's history). */
export async function unplanTestCase(
	db: Conn,
	actor: Actor,
	planner: Planner,
	projectId: string,
	cycleId: string,
	caseId: string
): Promise<void> {
	await inTransaction(db, async (trx) => {
		const { cycle, planned } = await plannedOf(trx, projectId, cycleId, caseId);
		checkPlanner(planner);
		checkOpen(cycle);
		if (planned.runCount || (await plannedRunCount(trx, planned.id)))
			throw new DomainError('conflict', 'tcase.error.unplanHasRuns', {
				params: { code: planned.code, name: cycle.name }
			});
		await deletePlannedCase(trx, planned.id);
		await recordAudit(trx, actor, {
			action: 'testCycle.unplanCase',
			objectType: 'testCycle',
			objectId: cycleId,
			projectId,
			detail: { caseId, code: planned.code }
		});
	});
}

/** Which unplanned cases "plan every matching case" takes: at most one planning's worth, in number order. */
export async function unplannedMatching(
	db: Conn,
	projectId: string,
	cycleId: string,
	filter: UnplannedFilter
): Promise<string[]> {
	return unplannedCaseIds(db, projectId, cycleId, filter, TESTING_LIMITS.casesPerPlanning);
}
