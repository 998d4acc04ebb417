import type { Insertable } from 'kysely';
import type {
	TestRunAttachmentView,
	TestRunPage,
	TestRunStepView,
	TestRunSummary,
	TestRunView
} from '../../testing/runs';
import { formatTestCode, type CycleStatus, type DataSource, type RunResult } from '../../testing/types';
import type { Conn } from '../db';
import type { TestRunStepTable, TestRunTable } from '../db/tables/testing';

// Runs of planned cases: what recording one reads and writes (a handful of indexed statements, never a scan of
// test_runs), and the run list, run detail and history the screens and the API show.

export const RUN_PAGE_SIZE = 50;

/** The case as planned into the cycle, with the cycle's status: everything recording a run checks. */
export interface RunTarget {
	cycleStatus: CycleStatus;
	planned: {
		id: string;
		dataSource: DataSource;
		caseNumber: number;
		caseTitle: string;
	} | null;
}

export async function runTarget(
	db: Conn,
	projectId: string,
	cycleId: string,
	caseId: string
): Promise<RunTarget | null> {
	const cycle = await db
		.selectFrom('test_cycles')
		.select('status')
		.where('project_id', '=', projectId)
		.where('id', '=', cycleId)
		.executeTakeFirst();
	if (!cycle) return null;
	const planned = await db
		.selectFrom('test_cycle_cases as cc')
		.innerJoin('test_cases as c', 'c.id', 'cc.case_id')
		.select(['cc.id', 'cc.data_source', 'c.number', 'c.title'])
		.where('cc.project_id', '=', projectId)
		.where('cc.cycle_id', '=', cycleId)
		.where('cc.case_id', '=', caseId)
		.executeTakeFirst();
	return {
		cycleStatus: cycle.status,
		planned: planned
			? {
					id: planned.id,
					dataSource: planned.data_source,
					caseNumber: Number(planned.number),
					caseTitle: planned.title
				}
			: null
	};
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

export interface CaseStepRow {
	id: string;
	position: number;
	action: string;
	expected: string;
}

export async function caseSteps(db: Conn, projectId: string, caseId: string): Promise<CaseStepRow[]> {
	const rows = await db
		.selectFrom('test_case_steps')
		.select(['id', 'position', 'action', 'expected'])
		.where('project_id', '=', projectId)
		.where('case_id', '=', caseId)
		.orderBy('position')
		.execute();
	return rows.map((r) => ({ ...r, position: Number(r.position) }));
}

export async function insertRun(
	db: Conn,
	run: Insertable<TestRunTable>,
	steps: Insertable<TestRunStepTable>[]
): Promise<void> {
	await db.insertInto('test_runs').values(run).execute();
	if (steps.length) await db.insertInto('test_run_steps').values(steps).execute();
}

/** The planned row keeps its latest run, so figures over thousands of cases read one row per case. */
export async function markPlannedRun(
	db: Conn,
	plannedId: string,
	run: { id: string; result: RunResult; dataSource: DataSource; executedAt: string }
): Promise<void> {
	await db
		.updateTable('test_cycle_cases')
		.set((eb) => ({
			latest_run_id: run.id,
			latest_result: run.result,
			latest_data_source: run.dataSource,
			latest_run_at: run.executedAt,
			first_run_at: eb.fn.coalesce('first_run_at', eb.val(run.executedAt)),
			run_count: eb('run_count', '+', 1),
			version: eb('version', '+', 1)
		}))
		.where('id', '=', plannedId)
		.execute();
}

/** A planned cycle starts running with its first run; returns whether it did now. */
export async function startCycle(db: Conn, cycleId: string, at: string): Promise<boolean> {
	const result = await db
		.updateTable('test_cycles')
		.set((eb) => ({ status: 'running', updated_at: at, version: eb('version', '+', 1) }))
		.where('id', '=', cycleId)
		.where('status', '=', 'planned')
		.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}

const summaryColumns = [
	'r.id',
	'r.cycle_id',
	'r.case_id',
	'r.result',
	'r.data_source',
	'r.actual_result',
	'r.tester_member_id',
	'r.tester_name',
	'r.tester_side',
	'r.executed_at'
] as const;

type SummaryRow = {
	id: string;
	cycle_id: string;
	case_id: string;
	result: RunResult;
	data_source: DataSource;
	actual_result: string;
	tester_member_id: string | null;
	tester_name: string;
	tester_side: string;
	executed_at: string;
};

function toSummary(r: SummaryRow): TestRunSummary {
	return {
		id: r.id,
		cycleId: r.cycle_id,
		caseId: r.case_id,
		result: r.result,
		dataSource: r.data_source,
		actualResult: r.actual_result,
		testerMemberId: r.tester_member_id,
		testerName: r.tester_name,
		testerSide: r.tester_side as TestRunSummary['testerSide'],
		executedAt: r.executed_at
	};
}

/** The planned row's id of a case in a cycle (runs are indexed by it), or null when it is not planned. */
export async function plannedId(
	db: Conn,
	projectId: string,
	cycleId: string,
	caseId: string
): Promise<string | null> {
	const row = await db
		.selectFrom('test_cycle_cases')
		.select('id')
		.where('project_id', '=', projectId)
		.where('cycle_id', '=', cycleId)
		.where('case_id', '=', caseId)
		.executeTakeFirst();
	return row?.id ?? null;
}

/** Runs of a cycle (of one planned case when `plannedCaseId` is given), newest first, one page. */
export async function listRunPage(
	db: Conn,
	projectId: string,
	cycleId: string,
	plannedCaseId: string | null,
	page: number,
	pageSize = RUN_PAGE_SIZE
): Promise<TestRunPage> {
	let base = db
		.selectFrom('test_runs as r')
		.where('r.project_id', '=', projectId)
		.where('r.cycle_id', '=', cycleId);
	if (plannedCaseId) base = base.where('r.cycle_case_id', '=', plannedCaseId);
	const [count, rows] = await Promise.all([
		base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
		base
			.select([...summaryColumns])
			.orderBy('r.executed_at', 'desc')
			.orderBy('r.id', 'desc')
			.limit(pageSize)
			.offset((page - 1) * pageSize)
			.execute()
	]);
	return { items: rows.map(toSummary), total: Number(count?.n ?? 0), page, pageSize };
}

async function stepsOf(db: Conn, runIds: readonly string[]): Promise<Map<string, TestRunStepView[]>> {
	const out = new Map<string, TestRunStepView[]>();
	if (!runIds.length) return out;
	const rows = await db
		.selectFrom('test_run_steps')
		.select(['id', 'run_id', 'case_step_id', 'position', 'action', 'expected', 'result', 'actual'])
		.where('run_id', 'in', runIds)
		.orderBy('run_id')
		.orderBy('position')
		.execute();
	for (const r of rows) {
		const list = out.get(r.run_id) ?? [];
		list.push({
			id: r.id,
			caseStepId: r.case_step_id,
			position: Number(r.position),
			action: r.action,
			expected: r.expected,
			result: r.result,
			actual: r.actual
		});
		out.set(r.run_id, list);
	}
	return out;
}

async function attachmentsOf(
	db: Conn,
	runIds: readonly string[]
): Promise<Map<string, TestRunAttachmentView[]>> {
	const out = new Map<string, TestRunAttachmentView[]>();
	if (!runIds.length) return out;
	const rows = await db
		.selectFrom('test_run_attachments')
		.select(['id', 'run_id', 'run_step_id', 'filename', 'media_type', 'size_bytes', 'sha256', 'created_at'])
		.where('run_id', 'in', runIds)
		.orderBy('created_at')
		.orderBy('id')
		.execute();
	for (const r of rows) {
		const list = out.get(r.run_id) ?? [];
		list.push({
			id: r.id,
			runStepId: r.run_step_id,
			filename: r.filename,
			mediaType: r.media_type,
			sizeBytes: Number(r.size_bytes),
			sha256: r.sha256,
			createdAt: r.created_at
		});
		out.set(r.run_id, list);
	}
	return out;
}

/** Runs with their steps and screenshots (metadata only), in the order given. */
async function detailed(
	db: Conn,
	rows: (SummaryRow & { case_number: number; case_title: string })[]
): Promise<TestRunView[]> {
	const ids = rows.map((r) => r.id);
	const [steps, files] = await Promise.all([stepsOf(db, ids), attachmentsOf(db, ids)]);
	return rows.map((r) => ({
		...toSummary(r),
		caseCode: formatTestCode('testCase', Number(r.case_number)),
		caseTitle: r.case_title,
		steps: steps.get(r.id) ?? [],
		attachments: files.get(r.id) ?? []
	}));
}

function detailQuery(db: Conn, projectId: string) {
	return db
		.selectFrom('test_runs as r')
		.innerJoin('test_cases as c', 'c.id', 'r.case_id')
		.select([...summaryColumns, 'c.number as case_number', 'c.title as case_title'])
		.where('r.project_id', '=', projectId);
}

export async function loadRun(db: Conn, projectId: string, runId: string): Promise<TestRunView | null> {
	const row = await detailQuery(db, projectId).where('r.id', '=', runId).executeTakeFirst();
	return row ? ((await detailed(db, [row]))[0] ?? null) : null;
}

/** A planned case's runs in its cycle, newest first, with steps and screenshots, and how many there are. */
export async function runHistory(
	db: Conn,
	projectId: string,
	plannedCaseId: string,
	limit = RUN_PAGE_SIZE
): Promise<{ runs: TestRunView[]; total: number }> {
	const [rows, count] = await Promise.all([
		detailQuery(db, projectId)
			.where('r.cycle_case_id', '=', plannedCaseId)
			.orderBy('r.executed_at', 'desc')
			.orderBy('r.id', 'desc')
			.limit(limit)
			.execute(),
		db
			.selectFrom('test_runs')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('cycle_case_id', '=', plannedCaseId)
			.executeTakeFirst()
	]);
	return { runs: await detailed(db, rows), total: Number(count?.n ?? 0) };
}
