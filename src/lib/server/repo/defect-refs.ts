import type { RetestRunFact } from '../../testing/rules';
import type { Conn } from '../db';

// What a defect points at, checked when it is raised or edited: the case planned into the cycle, the run and
// step it came from, the owner person's side, the case's customisations, and the runs that may be its retest.

/** Is the case planned into the cycle (both of this project)? */
export async function caseInCycle(
	db: Conn,
	projectId: string,
	cycleId: string,
	caseId: string
): Promise<boolean> {
	const row = await db
		.selectFrom('test_cycle_cases')
		.select('id')
		.where('project_id', '=', projectId)
		.where('cycle_id', '=', cycleId)
		.where('case_id', '=', caseId)
		.executeTakeFirst();
	return !!row;
}

/** A run's cycle and case, or null when it is not this project's. */
export async function runPlace(
	db: Conn,
	projectId: string,
	runId: string
): Promise<{ cycleId: string; caseId: string } | null> {
	const r = await db
		.selectFrom('test_runs')
		.select(['cycle_id', 'case_id'])
		.where('project_id', '=', projectId)
		.where('id', '=', runId)
		.executeTakeFirst();
	return r ? { cycleId: r.cycle_id, caseId: r.case_id } : null;
}

/** A run step's run, or null when it is not this project's. */
export async function runOfStep(db: Conn, projectId: string, stepId: string): Promise<string | null> {
	const r = await db
		.selectFrom('test_run_steps')
		.select('run_id')
		.where('project_id', '=', projectId)
		.where('id', '=', stepId)
		.executeTakeFirst();
	return r?.run_id ?? null;
}

/** A member's side and name, or null when they are not a member of this project. */
export async function memberSide(
	db: Conn,
	projectId: string,
	memberId: string
): Promise<{ side: string; name: string } | null> {
	const r = await db
		.selectFrom('project_members as pm')
		.innerJoin('users as u', 'u.id', 'pm.user_id')
		.select(['pm.side', 'u.name'])
		.where('pm.project_id', '=', projectId)
		.where('pm.id', '=', memberId)
		.executeTakeFirst();
	return r ? { side: r.side, name: r.name } : null;
}

/** The customisations a case traces to. */
export async function caseCustomisations(db: Conn, caseId: string): Promise<string[]> {
	const rows = await db
		.selectFrom('test_case_links')
		.select('object_id')
		.where('case_id', '=', caseId)
		.where('object_type', '=', 'customisation')
		.execute();
	return rows.map((r) => r.object_id);
}

/** The passing runs of a case from `since` on: the candidates for a defect's retest. */
export async function passingRunsSince(
	db: Conn,
	projectId: string,
	caseId: string,
	since: string
): Promise<(RetestRunFact & { id: string })[]> {
	const rows = await db
		.selectFrom('test_runs')
		.select(['id', 'case_id', 'result', 'executed_at'])
		.where('project_id', '=', projectId)
		.where('case_id', '=', caseId)
		.where('result', '=', 'passed')
		.where('executed_at', '>=', since)
		.execute();
	return rows.map((r) => ({ id: r.id, caseId: r.case_id, result: r.result, executedAt: r.executed_at }));
}

/** What the defect forms offer: cycles, the cases planned into each, members of each side, customisations. */
export interface DefectFormOptions {
	cycles: { id: string; name: string }[];
	members: { id: string; name: string; side: string }[];
	customisations: { id: string; number: number; title: string }[];
}

export async function defectFormOptions(db: Conn, projectId: string): Promise<DefectFormOptions> {
	const [cycles, members, customisations] = await Promise.all([
		db
			.selectFrom('test_cycles')
			.select(['id', 'name'])
			.where('project_id', '=', projectId)
			.orderBy('number')
			.execute(),
		db
			.selectFrom('project_members as pm')
			.innerJoin('users as u', 'u.id', 'pm.user_id')
			.select(['pm.id', 'u.name', 'pm.side'])
			.where('pm.project_id', '=', projectId)
			.where('pm.side', 'in', ['client', 'vendor'])
			.orderBy('u.name')
			.execute(),
		db
			.selectFrom('customisations')
			.select(['id', 'number', 'title'])
			.where('project_id', '=', projectId)
			.orderBy('number')
			.execute()
	]);
	return {
		cycles,
		members,
		customisations: customisations.map((c) => ({ ...c, number: Number(c.number) }))
	};
}

/** A planned case's header (for the prefilled form). */
export async function plannedCase(
	db: Conn,
	projectId: string,
	cycleId: string,
	caseId: string
): Promise<{ cycleName: string; caseNumber: number; caseTitle: string } | null> {
	const r = await db
		.selectFrom('test_cycle_cases as cc')
		.innerJoin('test_cycles as cy', 'cy.id', 'cc.cycle_id')
		.innerJoin('test_cases as tc', 'tc.id', 'cc.case_id')
		.select(['cy.name', 'tc.number', 'tc.title'])
		.where('cc.project_id', '=', projectId)
		.where('cc.cycle_id', '=', cycleId)
		.where('cc.case_id', '=', caseId)
		.executeTakeFirst();
	return r ? { cycleName: r.name, caseNumber: Number(r.number), caseTitle: r.title } : null;
}

/** The cases planned into a cycle, in plan order (the new-defect form picks one). */
export async function casesOfCycle(
	db: Conn,
	projectId: string,
	cycleId: string
): Promise<{ id: string; number: number; title: string }[]> {
	const rows = await db
		.selectFrom('test_cycle_cases as cc')
		.innerJoin('test_cases as tc', 'tc.id', 'cc.case_id')
		.select(['tc.id', 'tc.number', 'tc.title'])
		.where('cc.project_id', '=', projectId)
		.where('cc.cycle_id', '=', cycleId)
		.orderBy('cc.position')
		.orderBy('tc.number')
		.execute();
	return rows.map((r) => ({ id: r.id, number: Number(r.number), title: r.title }));
}

/** The project's register decisions, newest first (a deferral cites one). */
export async function decisionOptions(
	db: Conn,
	projectId: string
): Promise<{ id: string; number: number; title: string }[]> {
	const rows = await db
		.selectFrom('register_items')
		.select(['id', 'number', 'title'])
		.where('project_id', '=', projectId)
		.where('type', '=', 'decision')
		.orderBy('number', 'desc')
		.limit(200)
		.execute();
	return rows.map((r) => ({ ...r, number: Number(r.number) }));
}
