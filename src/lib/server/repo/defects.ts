import type { ExpressionBuilder, Insertable, Updateable } from 'kysely';
import { formatDesignCode } from '../../design/types';
import type {
	DefectEventView,
	DefectQuery,
	DefectRunRef,
	DefectRunStep,
	DefectSide
} from '../../testing/defects';
import { SETTLED_DEFECT_STATUSES, formatTestCode, type DefectStatus } from '../../testing/types';
import type { Conn } from '../db';
import type { Database } from '../db/schema';
import type { DefectEventTable, DefectTable } from '../db/tables/testing';

// Defects and their status history: the list (filtered and paged in the database), one defect with what it
// points at, and the writes. Ageing and who may move it are the service's.

type Eb = ExpressionBuilder<Database, 'defects'>;

function rowQuery(db: Conn) {
	return db
		.selectFrom('defects')
		.innerJoin('test_cycles as cy', 'cy.id', 'defects.cycle_id')
		.innerJoin('test_cases as tc', 'tc.id', 'defects.case_id')
		.leftJoin('project_members as om', 'om.id', 'defects.owner_member_id')
		.leftJoin('users as ou', 'ou.id', 'om.user_id')
		.leftJoin('customisations as cu', 'cu.id', 'defects.customisation_id')
		.select([
			'defects.id',
			'defects.number',
			'defects.title',
			'defects.severity',
			'defects.priority',
			'defects.status',
			'defects.owner_side',
			'defects.owner_member_id',
			'defects.cycle_id',
			'defects.case_id',
			'defects.customisation_id',
			'defects.created_at',
			'defects.settled_at',
			'defects.version',
			'cy.name as cycle_name',
			'tc.number as case_number',
			'tc.title as case_title',
			'ou.name as owner_name',
			'cu.number as customisation_number',
			'cu.title as customisation_title'
		]);
}

type Row = Awaited<ReturnType<ReturnType<typeof rowQuery>['executeTakeFirstOrThrow']>>;

/** A defect's list columns, before its age (working days) is worked out. */
export interface DefectRowSummary {
	id: string;
	number: number;
	code: string;
	title: string;
	severity: DefectTable['severity'];
	priority: DefectTable['priority'];
	status: DefectStatus;
	ownerSide: DefectSide;
	ownerMemberId: string | null;
	ownerName: string | null;
	cycleId: string;
	cycleName: string;
	caseId: string;
	caseCode: string;
	caseTitle: string;
	customisationId: string | null;
	customisationCode: string | null;
	customisationTitle: string | null;
	createdAt: string;
	settledAt: string | null;
	version: number;
}

function toSummary(r: Row): DefectRowSummary {
	return {
		id: r.id,
		number: Number(r.number),
		code: formatTestCode('defect', Number(r.number)),
		title: r.title,
		severity: r.severity,
		priority: r.priority,
		status: r.status,
		ownerSide: r.owner_side,
		ownerMemberId: r.owner_member_id,
		ownerName: r.owner_name ?? null,
		cycleId: r.cycle_id,
		cycleName: r.cycle_name,
		caseId: r.case_id,
		caseCode: formatTestCode('testCase', Number(r.case_number)),
		caseTitle: r.case_title,
		customisationId: r.customisation_id,
		customisationCode:
			r.customisation_number !== null && r.customisation_number !== undefined
				? formatDesignCode('customisation', Number(r.customisation_number))
				: null,
		customisationTitle: r.customisation_title ?? null,
		createdAt: r.created_at,
		settledAt: r.settled_at,
		version: Number(r.version)
	};
}

function conditions(eb: Eb, projectId: string, q: DefectQuery) {
	const all = [eb('defects.project_id', '=', projectId)];
	if (q.status) all.push(eb('defects.status', '=', q.status));
	if (q.severity) all.push(eb('defects.severity', '=', q.severity));
	if (q.ownerSide) all.push(eb('defects.owner_side', '=', q.ownerSide));
	if (q.cycleId) all.push(eb('defects.cycle_id', '=', q.cycleId));
	if (q.customisationId) all.push(eb('defects.customisation_id', '=', q.customisationId));
	if (q.openOnly) all.push(eb('defects.status', 'not in', [...SETTLED_DEFECT_STATUSES]));
	return eb.and(all);
}

/** One page of the project's defects, newest first. */
export async function listDefectRows(
	db: Conn,
	projectId: string,
	q: DefectQuery,
	pageSize: number
): Promise<{ items: DefectRowSummary[]; total: number }> {
	const [count, rows] = await Promise.all([
		db
			.selectFrom('defects')
			.where((eb) => conditions(eb, projectId, q))
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirst(),
		rowQuery(db)
			.where((eb) => conditions(eb, projectId, q))
			.orderBy('defects.number', 'desc')
			.limit(pageSize)
			.offset((q.page - 1) * pageSize)
			.execute()
	]);
	return { items: rows.map(toSummary), total: Number(count?.n ?? 0) };
}

export interface DefectRowDetail extends DefectRowSummary {
	description: string;
	raisedByName: string;
	rejectReason: string;
	resolution: string;
	toRetestAt: string | null;
	runId: string | null;
	runStepId: string | null;
	retestRunId: string | null;
	deferralItemId: string | null;
	updatedAt: string;
}

export async function loadDefectRow(
	db: Conn,
	projectId: string,
	id: string
): Promise<DefectRowDetail | null> {
	const r = await rowQuery(db)
		.select([
			'defects.description',
			'defects.raised_by_name',
			'defects.reject_reason',
			'defects.resolution',
			'defects.to_retest_at',
			'defects.run_id',
			'defects.run_step_id',
			'defects.retest_run_id',
			'defects.deferral_item_id',
			'defects.updated_at'
		])
		.where('defects.project_id', '=', projectId)
		.where('defects.id', '=', id)
		.executeTakeFirst();
	if (!r) return null;
	return {
		...toSummary(r),
		description: r.description,
		raisedByName: r.raised_by_name,
		rejectReason: r.reject_reason,
		resolution: r.resolution,
		toRetestAt: r.to_retest_at,
		runId: r.run_id,
		runStepId: r.run_step_id,
		retestRunId: r.retest_run_id,
		deferralItemId: r.deferral_item_id,
		updatedAt: r.updated_at
	};
}

export async function insertDefect(db: Conn, row: Insertable<DefectTable>): Promise<void> {
	await db.insertInto('defects').values(row).execute();
}

/** Writes over the version read; false when someone else wrote first. */
export async function updateDefectRow(
	db: Conn,
	projectId: string,
	id: string,
	version: number,
	values: Updateable<DefectTable>
): Promise<boolean> {
	const result = await db
		.updateTable('defects')
		.set((eb) => ({ ...values, version: eb('version', '+', 1) }))
		.where('project_id', '=', projectId)
		.where('id', '=', id)
		.where('version', '=', version)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

export async function insertDefectEvent(db: Conn, row: Insertable<DefectEventTable>): Promise<void> {
	await db.insertInto('defect_events').values(row).execute();
}

export async function defectEvents(db: Conn, defectId: string): Promise<DefectEventView[]> {
	const rows = await db
		.selectFrom('defect_events')
		.select(['id', 'from_status', 'to_status', 'note', 'actor_name', 'at'])
		.where('defect_id', '=', defectId)
		.orderBy('at')
		.orderBy('id')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		from: (r.from_status as DefectStatus | null) ?? null,
		to: r.to_status as DefectStatus,
		note: r.note,
		actorName: r.actor_name,
		at: r.at
	}));
}

/** The member who last moved the defect to 待复测 (one person never also closes it for the owner side). */
export async function lastToRetestActor(db: Conn, defectId: string): Promise<string | null> {
	const row = await db
		.selectFrom('defect_events')
		.select('actor_id')
		.where('defect_id', '=', defectId)
		.where('to_status', '=', 'toRetest')
		.orderBy('at', 'desc')
		.orderBy('id', 'desc')
		.limit(1)
		.executeTakeFirst();
	return row?.actor_id ?? null;
}

export async function runRef(db: Conn, runId: string): Promise<DefectRunRef | null> {
	const r = await db
		.selectFrom('test_runs')
		.select(['id', 'result', 'executed_at', 'tester_name'])
		.where('id', '=', runId)
		.executeTakeFirst();
	return r ? { id: r.id, result: r.result, executedAt: r.executed_at, testerName: r.tester_name } : null;
}

export async function runStepOf(
	db: Conn,
	stepId: string
): Promise<(DefectRunStep & { runId: string }) | null> {
	const r = await db
		.selectFrom('test_run_steps')
		.select(['id', 'run_id', 'position', 'action', 'expected', 'actual', 'result'])
		.where('id', '=', stepId)
		.executeTakeFirst();
	return r
		? {
				id: r.id,
				runId: r.run_id,
				position: Number(r.position),
				action: r.action,
				expected: r.expected,
				actual: r.actual,
				result: r.result
			}
		: null;
}

export async function decisionRef(
	db: Conn,
	projectId: string,
	itemId: string
): Promise<{ id: string; number: number; title: string; type: string } | null> {
	const r = await db
		.selectFrom('register_items')
		.select(['id', 'number', 'title', 'type'])
		.where('project_id', '=', projectId)
		.where('id', '=', itemId)
		.executeTakeFirst();
	return r ? { id: r.id, number: Number(r.number), title: r.title, type: r.type } : null;
}

/** When the defect's latest event happened (a new event is stamped after it, so history keeps its order). */
export async function lastEventAt(db: Conn, defectId: string): Promise<string | null> {
	const row = await db
		.selectFrom('defect_events')
		.select((eb) => eb.fn.max<string | null>('at').as('at'))
		.where('defect_id', '=', defectId)
		.executeTakeFirst();
	return row?.at ?? null;
}
