import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import { newId, nowIso } from '../../src/lib/server/ids';
import { SETTLED_DEFECT_STATUSES, type DefectStatus } from '../../src/lib/testing/types';

// A traceability chain written straight into the tables (the design and testing services are tested on their
// own): pain point → as-is and to-be process with steps → Must requirement → customisation → test case linked to
// all three → planned into a cycle → a run → optionally a defect. Used by the repository and browser tests.

export interface DesignChain {
	asIsId: string;
	toBeId: string;
	stepIds: [string, string];
	painPointId: string;
	requirementId: string;
	customisationId: string;
}

export async function insertDesignChain(db: Kysely<Database>, projectId: string): Promise<DesignChain> {
	const now = nowIso();
	const stamps = { created_at: now, updated_at: now };
	const asIsId = newId();
	const toBeId = newId();
	const process = (id: string, kind: 'asIs' | 'toBe', name: string, asIs: string | null) => ({
		id,
		project_id: projectId,
		kind,
		number: 1,
		domain: 'service' as const,
		name,
		as_is_id: asIs,
		...stamps
	});
	await db
		.insertInto('processes')
		.values([
			process(asIsId, 'asIs', '售后报修（现状）', null),
			process(toBeId, 'toBe', '售后报修（目标）', asIsId)
		])
		.execute();
	const stepIds: [string, string] = [newId(), newId()];
	const asIsStep = newId();
	await db
		.insertInto('process_steps')
		.values([
			{ id: asIsStep, project_id: projectId, process_id: asIsId, position: 1, name: '电话登记报修' },
			{ id: stepIds[0], project_id: projectId, process_id: toBeId, position: 1, name: '受理报修' },
			{ id: stepIds[1], project_id: projectId, process_id: toBeId, position: 2, name: '就近派工' }
		])
		.execute();
	const painPointId = newId();
	await db
		.insertInto('pain_points')
		.values({
			id: painPointId,
			project_id: projectId,
			number: 1,
			process_id: asIsId,
			step_id: asIsStep,
			title: '客户报修要打三次电话',
			severity: 5,
			frequency: 4,
			evidence_kind: 'interview',
			...stamps
		})
		.execute();
	await db
		.insertInto('process_pain_points')
		.values({ process_id: toBeId, pain_point_id: painPointId })
		.execute();
	const requirementId = newId();
	await db
		.insertInto('requirements')
		.values({
			id: requirementId,
			project_id: projectId,
			number: 1,
			title: '报修工单自动派给就近师傅',
			category: 'functional',
			priority: 'must',
			process_id: toBeId,
			step_id: stepIds[0],
			requested_by_side: 'client',
			fit: 'development',
			...stamps
		})
		.execute();
	const customisationId = newId();
	await db
		.insertInto('customisations')
		.values({
			id: customisationId,
			project_id: projectId,
			number: 1,
			title: '就近派工规则',
			type: 'workflow',
			owner_side: 'vendor',
			status: 'toTest',
			...stamps
		})
		.execute();
	await db
		.insertInto('customisation_requirements')
		.values({ customisation_id: customisationId, requirement_id: requirementId })
		.execute();
	return { asIsId, toBeId, stepIds, painPointId, requirementId, customisationId };
}

export interface TestChain {
	cycleId: string;
	caseId: string;
	runId: string;
}

/** A SIT cycle, TC-001 linked to the requirement, its first step and the customisation, run once. */
export async function insertTestChain(
	db: Kysely<Database>,
	projectId: string,
	design: DesignChain,
	result: 'passed' | 'failed' | 'blocked' = 'failed',
	source: 'real' | 'simulated' = 'real'
): Promise<TestChain> {
	const now = nowIso();
	const cycleId = newId();
	await db
		.insertInto('test_cycles')
		.values({
			id: cycleId,
			project_id: projectId,
			number: 1,
			type: 'sit',
			name: 'SIT 第1轮',
			status: 'running',
			exit_min_pass_rate: 95,
			exit_no_open_severe: 1,
			exit_must_covered: 1,
			exit_real_data: 0,
			created_at: now,
			updated_at: now
		})
		.execute();
	const caseId = newId();
	await db
		.insertInto('test_cases')
		.values({
			id: caseId,
			project_id: projectId,
			number: 1,
			title: '报修单派给就近师傅',
			priority: 'high',
			process_id: design.toBeId,
			created_at: now,
			updated_at: now
		})
		.execute();
	await db
		.insertInto('test_case_links')
		.values([
			{ project_id: projectId, case_id: caseId, object_type: 'requirement', object_id: design.requirementId },
			{ project_id: projectId, case_id: caseId, object_type: 'processStep', object_id: design.stepIds[0] },
			{
				project_id: projectId,
				case_id: caseId,
				object_type: 'customisation',
				object_id: design.customisationId
			}
		])
		.execute();
	const cycleCaseId = newId();
	const runId = newId();
	await db
		.insertInto('test_cycle_cases')
		.values({
			id: cycleCaseId,
			project_id: projectId,
			cycle_id: cycleId,
			case_id: caseId,
			position: 1,
			data_source: source,
			planned_at: now
		})
		.execute();
	await db
		.insertInto('test_runs')
		.values({
			id: runId,
			project_id: projectId,
			cycle_id: cycleId,
			case_id: caseId,
			cycle_case_id: cycleCaseId,
			result,
			data_source: source,
			tester_name: '刘洋',
			tester_side: 'client',
			executed_at: now,
			created_at: now
		})
		.execute();
	await db
		.updateTable('test_cycle_cases')
		.set({
			latest_run_id: runId,
			latest_result: result,
			latest_data_source: source,
			latest_run_at: now,
			first_run_at: now,
			run_count: 1
		})
		.where('id', '=', cycleCaseId)
		.execute();
	return { cycleId, caseId, runId };
}

/** DF-001 raised from the run, owned by the vendor. */
export async function insertDefect(
	db: Kysely<Database>,
	projectId: string,
	chain: TestChain,
	status: DefectStatus = 'new'
): Promise<string> {
	const now = nowIso();
	const id = newId();
	await db
		.insertInto('defects')
		.values({
			id,
			project_id: projectId,
			number: 1,
			title: '派工没有按距离排序',
			severity: 'major',
			priority: 'high',
			status,
			owner_side: 'vendor',
			cycle_id: chain.cycleId,
			case_id: chain.caseId,
			run_id: chain.runId,
			raised_by_name: '刘洋',
			settled_at: SETTLED_DEFECT_STATUSES.includes(status) ? now : null,
			created_at: now,
			updated_at: now
		})
		.execute();
	return id;
}
