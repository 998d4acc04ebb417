import { formatDesignCode } from '../../design/types';
import { formatTestCode, type DataSource, type RunResult } from '../../testing/types';
import type { Conn } from '../db';
import { newId, nowIso } from '../ids';

// What a cycle's 测试报告 prints beyond the figures: the cycle itself, its testers, the 甲方 data it needs, its
// planned cases with their process and data source, and the requirements those cases trace to.

export async function reportCycle(db: Conn, projectId: string, cycleId: string) {
	const row = await db
		.selectFrom('test_cycles as c')
		.leftJoin('tasks as t', 't.id', 'c.task_id')
		.select([
			'c.id',
			'c.name',
			'c.type',
			'c.status',
			'c.environment',
			'c.entry_criteria',
			'c.data_waiver_reason',
			'c.report_deliverable_id',
			'c.closed_at',
			'c.version',
			't.start_date',
			't.finish_date'
		])
		.where('c.project_id', '=', projectId)
		.where('c.id', '=', cycleId)
		.executeTakeFirst();
	if (!row) return null;
	let entry: unknown = [];
	try {
		entry = JSON.parse(row.entry_criteria || '[]');
	} catch {
		entry = [];
	}
	return {
		id: row.id,
		name: row.name,
		type: row.type,
		status: row.status,
		environment: row.environment,
		entryCriteria: Array.isArray(entry) ? entry.filter((e): e is string => typeof e === 'string') : [],
		dataWaiverReason: row.data_waiver_reason,
		reportDeliverableId: row.report_deliverable_id,
		closedAt: row.closed_at,
		version: Number(row.version),
		startsOn: row.start_date ?? null,
		finishesOn: row.finish_date ?? null
	};
}

export async function reportTesters(db: Conn, projectId: string, cycleId: string) {
	return db
		.selectFrom('test_cycle_testers as ct')
		.innerJoin('project_members as m', 'm.id', 'ct.member_id')
		.innerJoin('users as u', 'u.id', 'm.user_id')
		.select(['u.name', 'm.side'])
		.where('ct.project_id', '=', projectId)
		.where('ct.cycle_id', '=', cycleId)
		.orderBy('m.side')
		.orderBy('u.name')
		.execute();
}

export async function reportDataNeeds(db: Conn, projectId: string, cycleId: string) {
	const rows = await db
		.selectFrom('test_data_needs as n')
		.leftJoin('tasks as t', 't.id', 'n.task_id')
		.select(['n.object_name', 'n.format', 'n.promised_on', 'n.delivered_on', 't.finish_date'])
		.where('n.project_id', '=', projectId)
		.where('n.cycle_id', '=', cycleId)
		.orderBy('n.created_at')
		.execute();
	return rows.map((r) => ({
		objectName: r.object_name,
		format: r.format,
		// The delivery task's finish is the promise when there is one.
		promisedOn: r.finish_date ?? r.promised_on,
		deliveredOn: r.delivered_on
	}));
}

export interface ReportCaseRow {
	caseId: string;
	code: string;
	title: string;
	process: { id: string; code: string; name: string } | null;
	dataSource: DataSource;
	dataSourceReason: string;
	latestResult: RunResult | null;
	latestSource: DataSource | null;
	runCount: number;
}

export async function reportCases(db: Conn, projectId: string, cycleId: string): Promise<ReportCaseRow[]> {
	const rows = await db
		.selectFrom('test_cycle_cases as cc')
		.innerJoin('test_cases as tc', 'tc.id', 'cc.case_id')
		.leftJoin('processes as p', 'p.id', 'tc.process_id')
		.select([
			'tc.id',
			'tc.number',
			'tc.title',
			'p.id as process_id',
			'p.kind as process_kind',
			'p.number as process_number',
			'p.name as process_name',
			'cc.data_source',
			'cc.data_source_reason',
			'cc.latest_result',
			'cc.latest_data_source',
			'cc.run_count'
		])
		.where('cc.project_id', '=', projectId)
		.where('cc.cycle_id', '=', cycleId)
		.orderBy('tc.number')
		.execute();
	return rows.map((r) => ({
		caseId: r.id,
		code: formatTestCode('testCase', Number(r.number)),
		title: r.title,
		process:
			r.process_id && r.process_kind && r.process_number !== null && r.process_name !== null
				? {
						id: r.process_id,
						code: formatDesignCode(r.process_kind, Number(r.process_number)),
						name: r.process_name
					}
				: null,
		dataSource: r.data_source,
		dataSourceReason: r.data_source_reason,
		latestResult: r.latest_result,
		latestSource: r.latest_data_source,
		runCount: Number(r.run_count)
	}));
}

/** The requirements the cycle's planned cases trace to, with the cases that trace to each. */
export async function reportRequirements(db: Conn, projectId: string, cycleId: string) {
	const rows = await db
		.selectFrom('test_cycle_cases as cc')
		.innerJoin('test_case_links as l', (j) =>
			j.onRef('l.case_id', '=', 'cc.case_id').on('l.object_type', '=', 'requirement')
		)
		.innerJoin('requirements as r', 'r.id', 'l.object_id')
		.select(['r.id', 'r.number', 'r.title', 'r.priority', 'cc.case_id'])
		.where('cc.project_id', '=', projectId)
		.where('cc.cycle_id', '=', cycleId)
		.where('r.project_id', '=', projectId)
		.orderBy('r.number')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		code: formatDesignCode('requirement', Number(r.number)),
		title: r.title,
		must: r.priority === 'must',
		caseId: r.case_id
	}));
}

/** The testing phase the report deliverable belongs to (the methodology's phase key `testing`). */
export async function testingPhaseId(db: Conn, projectId: string): Promise<string | null> {
	const row = await db
		.selectFrom('phases')
		.select('id')
		.where('project_id', '=', projectId)
		.where('key', '=', 'testing')
		.executeTakeFirst();
	return row?.id ?? null;
}

/** A cycle's own 测试报告 deliverable, for data made before cycles had one; returns its id. */
export async function insertReportDeliverable(
	db: Conn,
	projectId: string,
	phaseId: string,
	cycleId: string,
	name: { zh: string; en: string }
): Promise<string> {
	const order = await db
		.selectFrom('deliverables')
		.select((eb) => eb.fn.max<number | null>('order_index').as('max'))
		.where('phase_id', '=', phaseId)
		.executeTakeFirst();
	const id = newId();
	await db
		.insertInto('deliverables')
		.values({
			id,
			project_id: projectId,
			phase_id: phaseId,
			template_key: null,
			order_index: Number(order?.max ?? 0) + 1,
			name: name.zh,
			name_en: name.en,
			description: '',
			created_at: nowIso()
		})
		.execute();
	await db
		.updateTable('test_cycles')
		.set({ report_deliverable_id: id })
		.where('project_id', '=', projectId)
		.where('id', '=', cycleId)
		.execute();
	return id;
}

/** Writes the waiver reason if the cycle is still at `version`; false when someone changed it meanwhile. */
export async function updateWaiverReason(
	db: Conn,
	projectId: string,
	cycleId: string,
	version: number,
	reason: string
): Promise<boolean> {
	const result = await db
		.updateTable('test_cycles')
		.set({ data_waiver_reason: reason, updated_at: nowIso(), version: version + 1 })
		.where('project_id', '=', projectId)
		.where('id', '=', cycleId)
		.where('version', '=', version)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}

/** The project's cycles as a document picker lists them (newest last). */
export async function cycleOptions(db: Conn, projectId: string) {
	return db
		.selectFrom('test_cycles')
		.select(['id', 'name'])
		.where('project_id', '=', projectId)
		.orderBy('number')
		.execute();
}
