import type { Insertable, Updateable } from 'kysely';
import {
	CYCLE_PAGE_SIZE,
	percentOf,
	type CyclePage,
	type CycleSummary,
	type CycleTester,
	type CycleView,
	type PlannedCaseSource
} from '../../testing/cycles';
import { formatTestCode, type CycleType, type DataSource } from '../../testing/types';
import type { Conn } from '../db';
import type { TestCycleTable } from '../db/tables/testing';
import { newId } from '../ids';

// Test cycles, their testers and the data source of the cases planned into them: queries only; the use cases
// own transactions and audit.

type Counts = { planned: number; executed: number; passed: number };

/** Planned, executed and passing cases per cycle, from the one row each planned case keeps. */
async function cycleCounts(
	db: Conn,
	projectId: string,
	ids: readonly string[]
): Promise<Map<string, Counts>> {
	if (!ids.length) return new Map();
	const rows = await db
		.selectFrom('test_cycle_cases')
		.select((eb) => [
			'cycle_id',
			eb.fn.countAll<number>().as('planned'),
			eb.fn.count<number>('latest_result').as('executed'),
			eb.fn
				.sum<number | null>(eb.case().when('latest_result', '=', 'passed').then(1).else(0).end())
				.as('passed')
		])
		.where('project_id', '=', projectId)
		.where('cycle_id', 'in', ids)
		.groupBy('cycle_id')
		.execute();
	return new Map(
		rows.map((r) => [
			r.cycle_id,
			{ planned: Number(r.planned), executed: Number(r.executed), passed: Number(r.passed ?? 0) }
		])
	);
}

function withTask(db: Conn) {
	return db.selectFrom('test_cycles as c').leftJoin('tasks as t', 't.id', 'c.task_id');
}

const SUMMARY = [
	'c.id',
	'c.number',
	'c.name',
	'c.type',
	'c.status',
	'c.task_id',
	'c.version',
	't.start_date',
	't.finish_date'
] as const;

type SummaryRow = {
	id: string;
	number: number;
	name: string;
	type: CycleSummary['type'];
	status: CycleSummary['status'];
	task_id: string | null;
	version: number;
	start_date: string | null;
	finish_date: string | null;
};

function summaryOf(r: SummaryRow, c: Counts | undefined): CycleSummary {
	const counts = c ?? { planned: 0, executed: 0, passed: 0 };
	return {
		id: r.id,
		number: Number(r.number),
		name: r.name,
		type: r.type,
		status: r.status,
		startsOn: r.start_date ?? null,
		finishesOn: r.finish_date ?? null,
		// A task deleted from the plan leaves the cycle unscheduled.
		taskId: r.start_date ? r.task_id : null,
		...counts,
		executedPct: percentOf(counts.executed, counts.planned),
		passRate: percentOf(counts.passed, counts.planned),
		version: Number(r.version)
	};
}

/** One page of the project's cycles in creation order. */
export async function listCyclePage(
	db: Conn,
	projectId: string,
	page: number,
	pageSize = CYCLE_PAGE_SIZE
): Promise<CyclePage> {
	const [count, rows] = await Promise.all([
		db
			.selectFrom('test_cycles')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('project_id', '=', projectId)
			.executeTakeFirstOrThrow(),
		withTask(db)
			.select([...SUMMARY])
			.where('c.project_id', '=', projectId)
			.orderBy('c.number')
			.limit(pageSize)
			.offset((page - 1) * pageSize)
			.execute()
	]);
	const counts = await cycleCounts(
		db,
		projectId,
		rows.map((r) => r.id)
	);
	return {
		items: rows.map((r) => summaryOf(r as SummaryRow, counts.get(r.id))),
		total: Number(count.n),
		page,
		pageSize
	};
}

export async function cycleTesters(db: Conn, projectId: string, cycleId: string): Promise<CycleTester[]> {
	const rows = await db
		.selectFrom('test_cycle_testers as x')
		.innerJoin('project_members as pm', 'pm.id', 'x.member_id')
		.innerJoin('users as u', 'u.id', 'pm.user_id')
		.select(['pm.id', 'pm.side', 'u.name'])
		.where('x.project_id', '=', projectId)
		.where('x.cycle_id', '=', cycleId)
		.orderBy('pm.side')
		.orderBy('u.name')
		.execute();
	return rows.map((r) => ({ memberId: r.id, name: r.name, side: r.side as CycleTester['side'] }));
}

/** A cycle with its plan task's dates, testers and criteria, or undefined. */
export async function loadCycle(db: Conn, projectId: string, id: string): Promise<CycleView | undefined> {
	const row = await withTask(db)
		.select([
			...SUMMARY,
			't.name as task_name',
			't.duration_days',
			'c.environment',
			'c.entry_criteria',
			'c.exit_min_pass_rate',
			'c.exit_no_open_severe',
			'c.exit_must_covered',
			'c.exit_real_data',
			'c.report_deliverable_id',
			'c.closed_at',
			'c.closed_by_name',
			'c.created_at',
			'c.updated_at'
		])
		.where('c.project_id', '=', projectId)
		.where('c.id', '=', id)
		.executeTakeFirst();
	if (!row) return undefined;
	const [counts, testers] = await Promise.all([
		cycleCounts(db, projectId, [id]),
		cycleTesters(db, projectId, id)
	]);
	return {
		...summaryOf(row as SummaryRow, counts.get(id)),
		environment: row.environment,
		entryCriteria: JSON.parse(row.entry_criteria) as string[],
		exit: {
			minPassRate: Number(row.exit_min_pass_rate),
			noOpenSevere: !!Number(row.exit_no_open_severe),
			mustCovered: !!Number(row.exit_must_covered),
			realData: !!Number(row.exit_real_data)
		},
		testers,
		taskName: row.task_name ?? null,
		durationDays:
			row.duration_days === null || row.duration_days === undefined ? null : Number(row.duration_days),
		reportDeliverableId: row.report_deliverable_id,
		closedAt: row.closed_at,
		closedByName: row.closed_by_name,
		createdAt: row.created_at,
		updatedAt: row.updated_at
	};
}

export async function countCyclesOfType(db: Conn, projectId: string, type: CycleType): Promise<number> {
	const row = await db
		.selectFrom('test_cycles')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('project_id', '=', projectId)
		.where('type', '=', type)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export async function insertCycle(db: Conn, row: Insertable<TestCycleTable>): Promise<void> {
	await db.insertInto('test_cycles').values(row).execute();
}

/** Writes over the version read; false when someone else wrote first. */
export async function updateCycleRow(
	db: Conn,
	projectId: string,
	id: string,
	version: number,
	changes: Updateable<TestCycleTable>
): Promise<boolean> {
	const result = await db
		.updateTable('test_cycles')
		.set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
		.where('project_id', '=', projectId)
		.where('id', '=', id)
		.where('version', '=', version)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

export async function replaceTesters(
	db: Conn,
	projectId: string,
	cycleId: string,
	memberIds: readonly string[]
): Promise<void> {
	await db.deleteFrom('test_cycle_testers').where('cycle_id', '=', cycleId).execute();
	const unique = [...new Set(memberIds)];
	if (unique.length)
		await db
			.insertInto('test_cycle_testers')
			.values(unique.map((m) => ({ id: newId(), project_id: projectId, cycle_id: cycleId, member_id: m })))
			.execute();
}

/** The members among `ids` and their side (absent ids are not this project's members). */
export async function memberSides(
	db: Conn,
	projectId: string,
	ids: readonly string[]
): Promise<Map<string, string>> {
	if (!ids.length) return new Map();
	const rows = await db
		.selectFrom('project_members')
		.select(['id', 'side'])
		.where('project_id', '=', projectId)
		.where('id', 'in', [...new Set(ids)])
		.execute();
	return new Map(rows.map((r) => [r.id, r.side]));
}

/** The phase testing objects are planned in (the methodology phase with key `testing`). */
export async function testingPhasePlace(
	db: Conn,
	projectId: string
): Promise<{ phaseId: string } | undefined> {
	const phase = await db
		.selectFrom('phases')
		.select('id')
		.where('project_id', '=', projectId)
		.where('key', '=', 'testing')
		.executeTakeFirst();
	return phase ? { phaseId: phase.id } : undefined;
}

/** A deliverable of the phase that no template declared (a cycle's own 测试报告), after the phase's others. */
export async function insertPhaseDeliverable(
	db: Conn,
	row: { projectId: string; phaseId: string; name: string; nameEn: string; createdAt: string }
): Promise<string> {
	const last = await db
		.selectFrom('deliverables')
		.select((eb) => eb.fn.max<number | null>('order_index').as('n'))
		.where('phase_id', '=', row.phaseId)
		.executeTakeFirst();
	const id = newId();
	await db
		.insertInto('deliverables')
		.values({
			id,
			project_id: row.projectId,
			phase_id: row.phaseId,
			template_key: null,
			order_index: Number(last?.n ?? -1) + 1,
			name: row.name,
			name_en: row.nameEn,
			description: '',
			created_at: row.createdAt
		})
		.execute();
	return id;
}

/** The cases planned into a cycle with their data source, by case number. */
export async function plannedCaseSources(
	db: Conn,
	projectId: string,
	cycleId: string
): Promise<PlannedCaseSource[]> {
	const rows = await db
		.selectFrom('test_cycle_cases as cc')
		.innerJoin('test_cases as tc', 'tc.id', 'cc.case_id')
		.select([
			'cc.case_id',
			'tc.number',
			'tc.title',
			'cc.data_source',
			'cc.data_source_reason',
			'cc.data_source_changed_by_name',
			'cc.data_source_changed_at',
			'cc.latest_result'
		])
		.where('cc.project_id', '=', projectId)
		.where('cc.cycle_id', '=', cycleId)
		.orderBy('tc.number')
		.limit(5000)
		.execute();
	return rows.map((r) => ({
		caseId: r.case_id,
		code: formatTestCode('testCase', Number(r.number)),
		title: r.title,
		dataSource: r.data_source,
		reason: r.data_source_reason,
		changedByName: r.data_source_changed_by_name,
		changedAt: r.data_source_changed_at,
		latestResult: r.latest_result
	}));
}

/** Sets the data source of some planned cases of a cycle; answers how many rows changed. */
export async function setCaseSources(
	db: Conn,
	projectId: string,
	cycleId: string,
	caseIds: readonly string[],
	change: { source: DataSource; reason: string; byName: string; at: string }
): Promise<number> {
	let n = 0;
	for (let i = 0; i < caseIds.length; i += 500) {
		const result = await db
			.updateTable('test_cycle_cases')
			.set((eb) => ({
				data_source: change.source,
				data_source_reason: change.reason,
				data_source_changed_by_name: change.byName,
				data_source_changed_at: change.at,
				version: eb('version', '+', 1)
			}))
			.where('project_id', '=', projectId)
			.where('cycle_id', '=', cycleId)
			.where('case_id', 'in', caseIds.slice(i, i + 500))
			.executeTakeFirst();
		n += Number(result.numUpdatedRows);
	}
	return n;
}

/** Renames the cycle's own report deliverable with the cycle. */
export async function renameDeliverable(
	db: Conn,
	projectId: string,
	id: string,
	names: { name: string; nameEn: string }
): Promise<void> {
	await db
		.updateTable('deliverables')
		.set({ name: names.name, name_en: names.nameEn })
		.where('project_id', '=', projectId)
		.where('id', '=', id)
		.execute();
}
