import type { RunScreen } from '../../testing/run-screen';
import { formatTestCode } from '../../testing/types';
import type { Conn } from '../db';

// The run screen's reads besides the history: the case as planned, defects it retests, and what to run next.

type ScreenCase = RunScreen['case'] & { planned: RunScreen['planned'] & { id: string } };

export async function plannedCaseForScreen(
	db: Conn,
	projectId: string,
	cycleId: string,
	caseId: string
): Promise<Omit<ScreenCase, 'steps'> | null> {
	const row = await db
		.selectFrom('test_cycle_cases as cc')
		.innerJoin('test_cases as c', 'c.id', 'cc.case_id')
		.select([
			'c.id',
			'c.number',
			'c.title',
			'c.preconditions',
			'c.test_data',
			'cc.id as planned_id',
			'cc.data_source',
			'cc.data_source_reason',
			'cc.data_source_changed_by_name',
			'cc.latest_result',
			'cc.run_count'
		])
		.where('cc.project_id', '=', projectId)
		.where('cc.cycle_id', '=', cycleId)
		.where('cc.case_id', '=', caseId)
		.executeTakeFirst();
	if (!row) return null;
	return {
		id: row.id,
		code: formatTestCode('testCase', Number(row.number)),
		title: row.title,
		preconditions: row.preconditions,
		testData: row.test_data,
		planned: {
			id: row.planned_id,
			dataSource: row.data_source,
			dataSourceReason: row.data_source_reason,
			dataSourceChangedByName: row.data_source_changed_by_name,
			latestResult: row.latest_result,
			runCount: Number(row.run_count)
		}
	};
}

/** Defects of the case in 待复测 (any cycle: a regression cycle may retest a SIT defect). */
export async function defectsToRetest(
	db: Conn,
	projectId: string,
	caseId: string
): Promise<RunScreen['retests']> {
	const rows = await db
		.selectFrom('defects')
		.select(['id', 'number', 'title', 'severity'])
		.where('project_id', '=', projectId)
		.where('case_id', '=', caseId)
		.where('status', '=', 'toRetest')
		.orderBy('number')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		code: formatTestCode('defect', Number(r.number)),
		title: r.title,
		severity: r.severity
	}));
}

/** The first case of the cycle (in plan order) assigned to the member that has never run, other than this one. */
export async function nextCaseFor(
	db: Conn,
	projectId: string,
	cycleId: string,
	memberId: string,
	exceptCaseId: string
): Promise<RunScreen['next']> {
	const row = await db
		.selectFrom('test_cycle_cases as cc')
		.innerJoin('test_cases as c', 'c.id', 'cc.case_id')
		.select(['c.id', 'c.number', 'c.title'])
		.where('cc.project_id', '=', projectId)
		.where('cc.cycle_id', '=', cycleId)
		.where('cc.assignee_member_id', '=', memberId)
		.where('cc.latest_run_id', 'is', null)
		.where('cc.case_id', '!=', exceptCaseId)
		.orderBy('cc.position')
		.orderBy('c.number')
		.limit(1)
		.executeTakeFirst();
	return row
		? { caseId: row.id, code: formatTestCode('testCase', Number(row.number)), title: row.title }
		: null;
}
