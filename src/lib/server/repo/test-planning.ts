import type { ExpressionBuilder, Insertable } from 'kysely';
import {
	CASE_PAGE_SIZE,
	type PlannedCasePage,
	type PlannedCaseQuery,
	type PlannedCaseView
} from '../../testing/cases';
import { caseStatusOf } from '../../testing/rules';
import { CASE_STATUSES, formatTestCode, type CaseStatus, type TestPriority } from '../../testing/types';
import type { Conn } from '../db';
import type { Database } from '../db/schema';
import type { TestCycleCaseTable } from '../db/tables/testing';

type Eb = ExpressionBuilder<Database, 'test_cycle_cases' | 'test_cases'>;

function plannedQuery(db: Conn) {
	return db
		.selectFrom('test_cycle_cases')
		.innerJoin('test_cases', 'test_cases.id', 'test_cycle_cases.case_id')
		.leftJoin('project_members as m', 'm.id', 'test_cycle_cases.assignee_member_id')
		.leftJoin('users as u', 'u.id', 'm.user_id')
		.select([
			'test_cycle_cases.id',
			'test_cycle_cases.case_id',
			'test_cases.number',
			'test_cases.title',
			'test_cases.priority',
			'test_cases.process_id',
			'test_cycle_cases.assignee_member_id',
			'u.name as assignee_name',
			'test_cycle_cases.data_source',
			'test_cycle_cases.latest_result',
			'test_cycle_cases.run_count',
			'test_cycle_cases.latest_run_at',
			'test_cycle_cases.latest_data_source',
			'test_cycle_cases.position',
			'test_cycle_cases.planned_at',
			'test_cycle_cases.version'
		]);
}

type PlannedRow = Awaited<ReturnType<ReturnType<typeof plannedQuery>['executeTakeFirstOrThrow']>>;

function toView(r: PlannedRow): PlannedCaseView {
	return {
		id: r.id,
		caseId: r.case_id,
		code: formatTestCode('testCase', Number(r.number)),
		title: r.title,
		priority: r.priority,
		processId: r.process_id,
		assigneeMemberId: r.assignee_member_id,
		assigneeName: r.assignee_name ?? null,
		dataSource: r.data_source,
		status: caseStatusOf(r.latest_result),
		runCount: Number(r.run_count),
		latestRunAt: r.latest_run_at,
		latestDataSource: r.latest_data_source,
		position: Number(r.position),
		plannedAt: r.planned_at,
		version: Number(r.version)
	};
}

function statusIs(eb: Eb, status: CaseStatus) {
	return status === 'notRun'
		? eb('test_cycle_cases.latest_result', 'is', null)
		: eb('test_cycle_cases.latest_result', '=', status);
}

/** One page of the cycle's planned cases in planning order, with the counts by status. */
export async function plannedCasePage(
	db: Conn,
	projectId: string,
	cycleId: string,
	q: PlannedCaseQuery,
	pageSize = CASE_PAGE_SIZE
): Promise<PlannedCasePage> {
	const where = (eb: Eb) =>
		eb.and([
			eb('test_cycle_cases.project_id', '=', projectId),
			eb('test_cycle_cases.cycle_id', '=', cycleId),
			...(q.status ? [statusIs(eb, q.status)] : [])
		]);
	const [grouped, rows] = await Promise.all([
		db
			.selectFrom('test_cycle_cases')
			.select((eb) => ['latest_result', eb.fn.countAll<number>().as('n')])
			.where('project_id', '=', projectId)
			.where('cycle_id', '=', cycleId)
			.groupBy('latest_result')
			.execute(),
		plannedQuery(db)
			.where(where)
			.orderBy('test_cycle_cases.position')
			.orderBy('test_cases.number')
			.limit(pageSize)
			.offset((q.page - 1) * pageSize)
			.execute()
	]);
	const counts = Object.fromEntries(CASE_STATUSES.map((s) => [s, 0])) as Record<CaseStatus, number>;
	for (const g of grouped) counts[caseStatusOf(g.latest_result)] += Number(g.n);
	const total = q.status ? counts[q.status] : Object.values(counts).reduce((a, b) => a + b, 0);
	return { items: rows.map(toView), total, page: q.page, pageSize, counts };
}

export async function loadPlannedCase(
	db: Conn,
	projectId: string,
	cycleId: string,
	caseId: string
): Promise<PlannedCaseView | null> {
	const row = await plannedQuery(db)
		.where('test_cycle_cases.project_id', '=', projectId)
		.where('test_cycle_cases.cycle_id', '=', cycleId)
		.where('test_cycle_cases.case_id', '=', caseId)
		.executeTakeFirst();
	return row ? toView(row) : null;
}

/** Of the given cases, those the cycle already holds. */
export async function alreadyPlanned(
	db: Conn,
	cycleId: string,
	caseIds: readonly string[]
): Promise<Set<string>> {
	const found = new Set<string>();
	const unique = [...new Set(caseIds)];
	for (let i = 0; i < unique.length; i += 500) {
		const rows = await db
			.selectFrom('test_cycle_cases')
			.select('case_id')
			.where('cycle_id', '=', cycleId)
			.where('case_id', 'in', unique.slice(i, i + 500))
			.execute();
		for (const r of rows) found.add(r.case_id);
	}
	return found;
}

export async function lastPlannedPosition(db: Conn, cycleId: string): Promise<number> {
	const row = await db
		.selectFrom('test_cycle_cases')
		.select((eb) => eb.fn.max<number | null>('position').as('max'))
		.where('cycle_id', '=', cycleId)
		.executeTakeFirst();
	return Number(row?.max ?? 0);
}

export async function insertPlannedCases(db: Conn, rows: Insertable<TestCycleCaseTable>[]): Promise<void> {
	for (let i = 0; i < rows.length; i += 200)
		await db
			.insertInto('test_cycle_cases')
			.values(rows.slice(i, i + 200))
			.execute();
}

/** Writes the assignee over the version read; false when someone changed the planning in between. */
export async function updatePlannedAssignee(
	db: Conn,
	id: string,
	version: number,
	assigneeMemberId: string | null
): Promise<boolean> {
	const result = await db
		.updateTable('test_cycle_cases')
		.set({ assignee_member_id: assigneeMemberId, version: version + 1 })
		.where('id', '=', id)
		.where('version', '=', version)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

export async function plannedRunCount(db: Conn, id: string): Promise<number> {
	const row = await db
		.selectFrom('test_runs')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('cycle_case_id', '=', id)
		.executeTakeFirst();
	return Number(row?.n ?? 0);
}

export async function deletePlannedCase(db: Conn, id: string): Promise<void> {
	await db.deleteFrom('test_cycle_cases').where('id', '=', id).execute();
}

/** The people who test in the cycle (the assignees a planned case may have). */
export async function cycleTesters(db: Conn, projectId: string, cycleId: string) {
	const rows = await db
		.selectFrom('test_cycle_testers as t')
		.innerJoin('project_members as m', 'm.id', 't.member_id')
		.innerJoin('users as u', 'u.id', 'm.user_id')
		.select(['m.id', 'u.name', 'm.side'])
		.where('t.project_id', '=', projectId)
		.where('t.cycle_id', '=', cycleId)
		.orderBy('u.name')
		.execute();
	return rows.map((r) => ({ memberId: r.id, name: r.name, side: r.side }));
}

export async function isCycleTester(db: Conn, cycleId: string, memberId: string): Promise<boolean> {
	const row = await db
		.selectFrom('test_cycle_testers')
		.select('id')
		.where('cycle_id', '=', cycleId)
		.where('member_id', '=', memberId)
		.executeTakeFirst();
	return !!row;
}

export async function memberInProject(db: Conn, projectId: string, memberId: string): Promise<boolean> {
	const row = await db
		.selectFrom('project_members')
		.select('id')
		.where('project_id', '=', projectId)
		.where('id', '=', memberId)
		.executeTakeFirst();
	return !!row;
}

/** Which of the project's cases the plan form offers: those not yet in the cycle, narrowed by the filters. */
export interface UnplannedFilter {
	processId: string | null;
	requirementId: string | null;
	priority: TestPriority | null;
}

function unplannedQuery(db: Conn, projectId: string, cycleId: string, f: UnplannedFilter) {
	let q = db
		.selectFrom('test_cases')
		.where('test_cases.project_id', '=', projectId)
		.where((eb) =>
			eb.not(
				eb.exists(
					eb
						.selectFrom('test_cycle_cases as cc')
						.select('cc.id')
						.where('cc.cycle_id', '=', cycleId)
						.whereRef('cc.case_id', '=', 'test_cases.id')
				)
			)
		);
	if (f.processId) q = q.where('test_cases.process_id', '=', f.processId);
	if (f.priority) q = q.where('test_cases.priority', '=', f.priority);
	if (f.requirementId) {
		const requirementId = f.requirementId;
		q = q.where((eb) =>
			eb.exists(
				eb
					.selectFrom('test_case_links as l')
					.select('l.case_id')
					.whereRef('l.case_id', '=', 'test_cases.id')
					.where('l.object_type', '=', 'requirement')
					.where('l.object_id', '=', requirementId)
			)
		);
	}
	return q;
}

/** The unplanned cases matching the filters, in number order, at most `limit`. */
export async function unplannedCaseIds(
	db: Conn,
	projectId: string,
	cycleId: string,
	f: UnplannedFilter,
	limit: number
): Promise<string[]> {
	const rows = await unplannedQuery(db, projectId, cycleId, f)
		.select('test_cases.id')
		.orderBy('test_cases.number')
		.limit(limit)
		.execute();
	return rows.map((r) => r.id);
}

/** One page of the unplanned cases for the plan form's checkboxes, with how many match in all. */
export async function unplannedCasePage(
	db: Conn,
	projectId: string,
	cycleId: string,
	f: UnplannedFilter,
	page: number,
	pageSize = CASE_PAGE_SIZE
) {
	const [count, rows] = await Promise.all([
		unplannedQuery(db, projectId, cycleId, f)
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirst(),
		unplannedQuery(db, projectId, cycleId, f)
			.select(['test_cases.id', 'test_cases.number', 'test_cases.title', 'test_cases.priority'])
			.orderBy('test_cases.number')
			.limit(pageSize)
			.offset((page - 1) * pageSize)
			.execute()
	]);
	return {
		items: rows.map((r) => ({
			id: r.id,
			code: formatTestCode('testCase', Number(r.number)),
			title: r.title,
			priority: r.priority
		})),
		total: Number(count?.n ?? 0)
	};
}
