import { sql, type ExpressionBuilder, type Insertable, type Updateable } from 'kysely';
import { formatDesignCode } from '../../design/types';
import {
	CASE_PAGE_SIZE,
	caseNumberOf,
	containsPattern,
	RUN_HISTORY_LIMIT,
	type CaseCycleStatus,
	type CasePage,
	type CaseQuery,
	type CaseRunView,
	type CaseStepView,
	type TestCaseSummary,
	type TestCaseView
} from '../../testing/cases';
import { caseStatusOf } from '../../testing/rules';
import { formatTestCode, type CaseLinkType } from '../../testing/types';
import type { Conn } from '../db';
import type { Database } from '../db/schema';
import type { TestCaseTable } from '../db/tables/testing';
import { newId } from '../ids';
import { caseLinks } from './test-case-links';

type Eb = ExpressionBuilder<Database, 'test_cases'>;

function summaryQuery(db: Conn) {
	return db
		.selectFrom('test_cases')
		.leftJoin('processes as p', 'p.id', 'test_cases.process_id')
		.select((eb) => [
			'test_cases.id',
			'test_cases.number',
			'test_cases.title',
			'test_cases.process_id',
			'test_cases.priority',
			'test_cases.updated_at',
			'test_cases.version',
			'p.number as process_number',
			'p.name as process_name',
			eb
				.selectFrom('test_case_links as l')
				.select((e) => e.fn.countAll<number>().as('n'))
				.whereRef('l.case_id', '=', 'test_cases.id')
				.as('link_count')
		]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;

function toSummary(r: SummaryRow, cycles: CaseCycleStatus[]): TestCaseSummary {
	return {
		id: r.id,
		number: Number(r.number),
		code: formatTestCode('testCase', Number(r.number)),
		title: r.title,
		processId: r.process_id,
		processCode: r.process_number !== null ? formatDesignCode('toBe', Number(r.process_number)) : null,
		processName: r.process_name ?? null,
		priority: r.priority,
		linkCount: Number(r.link_count ?? 0),
		cycles,
		updatedAt: r.updated_at,
		version: Number(r.version)
	};
}

const linked = (eb: Eb, type: CaseLinkType, objectId: string) =>
	eb.exists(
		eb
			.selectFrom('test_case_links as l')
			.select('l.case_id')
			.whereRef('l.case_id', '=', 'test_cases.id')
			.where('l.object_type', '=', type)
			.where('l.object_id', '=', objectId)
	);

function conditions(eb: Eb, projectId: string, q: CaseQuery) {
	const all = [eb('test_cases.project_id', '=', projectId)];
	if (q.processId) all.push(eb('test_cases.process_id', '=', q.processId));
	if (q.priority) all.push(eb('test_cases.priority', '=', q.priority));
	if (q.requirementId) all.push(linked(eb, 'requirement', q.requirementId));
	if (q.customisationId) all.push(linked(eb, 'customisation', q.customisationId));
	if (q.text) {
		const words = eb(
			sql`lower(test_cases.title)`,
			'like',
			sql<string>`${containsPattern(q.text)} escape '\\'`
		);
		const n = caseNumberOf(q.text);
		all.push(n === null ? words : eb.or([words, eb('test_cases.number', '=', n)]));
	}
	return eb.and(all);
}

/** The cycles each case is planned into, with its status there, for the cases of one page. */
export async function cycleStatuses(
	db: Conn,
	projectId: string,
	caseIds: readonly string[]
): Promise<Map<string, CaseCycleStatus[]>> {
	const out = new Map<string, CaseCycleStatus[]>();
	if (!caseIds.length) return out;
	const rows = await db
		.selectFrom('test_cycle_cases as cc')
		.innerJoin('test_cycles as c', 'c.id', 'cc.cycle_id')
		.select(['cc.case_id', 'c.id', 'c.name', 'c.type', 'c.status', 'cc.latest_result'])
		.where('cc.project_id', '=', projectId)
		.where('cc.case_id', 'in', [...caseIds])
		.orderBy('c.number')
		.execute();
	for (const r of rows) {
		const list = out.get(r.case_id) ?? [];
		list.push({
			cycleId: r.id,
			cycleName: r.name,
			cycleType: r.type,
			cycleStatus: r.status,
			status: caseStatusOf(r.latest_result)
		});
		out.set(r.case_id, list);
	}
	return out;
}

/** One page of the project's cases by number, filters and paging in the database. */
export async function listCasePage(
	db: Conn,
	projectId: string,
	q: CaseQuery,
	pageSize = CASE_PAGE_SIZE
): Promise<CasePage> {
	const [count, rows] = await Promise.all([
		db
			.selectFrom('test_cases')
			.where((eb) => conditions(eb, projectId, q))
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirst(),
		summaryQuery(db)
			.where((eb) => conditions(eb, projectId, q))
			.orderBy('test_cases.number')
			.limit(pageSize)
			.offset((q.page - 1) * pageSize)
			.execute()
	]);
	const cycles = await cycleStatuses(
		db,
		projectId,
		rows.map((r) => r.id)
	);
	return {
		items: rows.map((r) => toSummary(r, cycles.get(r.id) ?? [])),
		total: Number(count?.n ?? 0),
		page: q.page,
		pageSize
	};
}

export async function caseSteps(db: Conn, projectId: string, caseId: string): Promise<CaseStepView[]> {
	const rows = await db
		.selectFrom('test_case_steps')
		.select(['id', 'position', 'action', 'expected'])
		.where('project_id', '=', projectId)
		.where('case_id', '=', caseId)
		.orderBy('position')
		.execute();
	return rows.map((r) => ({ ...r, position: Number(r.position) }));
}

/** The newest runs of a case across cycles. */
export async function caseRuns(db: Conn, projectId: string, caseId: string): Promise<CaseRunView[]> {
	const rows = await db
		.selectFrom('test_runs as r')
		.innerJoin('test_cycles as c', 'c.id', 'r.cycle_id')
		.select(['r.id', 'r.cycle_id', 'c.name', 'r.result', 'r.data_source', 'r.tester_name', 'r.executed_at'])
		.where('r.project_id', '=', projectId)
		.where('r.case_id', '=', caseId)
		.orderBy('r.executed_at', 'desc')
		.limit(RUN_HISTORY_LIMIT)
		.execute();
	return rows.map((r) => ({
		id: r.id,
		cycleId: r.cycle_id,
		cycleName: r.name,
		result: r.result,
		dataSource: r.data_source,
		testerName: r.tester_name,
		executedAt: r.executed_at
	}));
}

/** The whole case as its page and the API show it, or null when it is not a case of the project. */
export async function loadCase(db: Conn, projectId: string, id: string): Promise<TestCaseView | null> {
	const row = await summaryQuery(db)
		.select(['test_cases.preconditions', 'test_cases.test_data', 'test_cases.created_at'])
		.where('test_cases.project_id', '=', projectId)
		.where('test_cases.id', '=', id)
		.executeTakeFirst();
	if (!row) return null;
	const [cycles, steps, links, runs] = await Promise.all([
		cycleStatuses(db, projectId, [id]),
		caseSteps(db, projectId, id),
		caseLinks(db, projectId, id),
		caseRuns(db, projectId, id)
	]);
	return {
		...toSummary(row, cycles.get(id) ?? []),
		preconditions: row.preconditions,
		testData: row.test_data,
		steps,
		links,
		runs,
		createdAt: row.created_at
	};
}

export async function insertCase(db: Conn, row: Insertable<TestCaseTable>): Promise<void> {
	await db.insertInto('test_cases').values(row).execute();
}

/** Writes over the version read; false when someone saved in between. */
export async function updateCaseRow(
	db: Conn,
	projectId: string,
	id: string,
	version: number,
	changes: Updateable<TestCaseTable>
): Promise<boolean> {
	const result = await db
		.updateTable('test_cases')
		.set({ ...changes, version: version + 1 })
		.where('project_id', '=', projectId)
		.where('id', '=', id)
		.where('version', '=', version)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/**
 * Writes a case's steps in the order given. A step whose id is one of this case's keeps that id (the runs that
 * ran it keep pointing at it); any other is new; steps no longer listed are deleted (their runs keep a copy).
 */
export async function saveCaseSteps(
	db: Conn,
	projectId: string,
	caseId: string,
	steps: readonly { id?: string | null; action: string; expected: string }[]
): Promise<string[]> {
	const existing = new Set(
		(
			await db
				.selectFrom('test_case_steps')
				.select('id')
				.where('project_id', '=', projectId)
				.where('case_id', '=', caseId)
				.execute()
		).map((r) => r.id)
	);
	const kept = new Set<string>();
	const rows = steps.map((s, i) => {
		const id = s.id && existing.has(s.id) && !kept.has(s.id) ? s.id : newId();
		kept.add(id);
		return { id, position: i + 1, action: s.action, expected: s.expected };
	});
	const gone = [...existing].filter((id) => !kept.has(id));
	if (gone.length) await db.deleteFrom('test_case_steps').where('id', 'in', gone).execute();
	for (const row of rows) {
		if (existing.has(row.id))
			await db
				.updateTable('test_case_steps')
				.set({ position: row.position, action: row.action, expected: row.expected })
				.where('id', '=', row.id)
				.execute();
		else
			await db
				.insertInto('test_case_steps')
				.values({ ...row, project_id: projectId, case_id: caseId })
				.execute();
	}
	return rows.map((r) => r.id);
}

/** Runs recorded for the case in any cycle, and defects raised on it: a case with either is kept. */
export async function caseHistoryCounts(db: Conn, projectId: string, caseId: string) {
	const [runs, defects] = await Promise.all([
		db
			.selectFrom('test_runs')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('project_id', '=', projectId)
			.where('case_id', '=', caseId)
			.executeTakeFirst(),
		db
			.selectFrom('defects')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('project_id', '=', projectId)
			.where('case_id', '=', caseId)
			.executeTakeFirst()
	]);
	return { runs: Number(runs?.n ?? 0), defects: Number(defects?.n ?? 0) };
}

export async function deleteCaseRow(db: Conn, projectId: string, id: string): Promise<void> {
	await db.deleteFrom('test_cases').where('project_id', '=', projectId).where('id', '=', id).execute();
}
