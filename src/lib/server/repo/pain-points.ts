import { sql, type ExpressionBuilder, type Insertable, type Updateable } from 'kysely';
import {
	PAIN_POINT_PAGE_SIZE,
	withState,
	type PainPointPage,
	type PainPointQuery,
	type PainPointSummary,
	type PainPointView
} from '../../design/pain-points';
import {
	formatDesignCode,
	SEVERE_PAIN,
	type Channel,
	type EvidenceKind,
	type ProcessDomain
} from '../../design/types';
import type { Conn } from '../db';
import type { Database } from '../db/schema';
import type { PainPointTable } from '../db/tables/design';

export type NewPainPointRow = Insertable<PainPointTable>;
export type PainPointChanges = Updateable<PainPointTable>;

type Eb = ExpressionBuilder<Database & { pp: PainPointTable; p: Database['processes'] }, 'pp' | 'p'>;

export async function insertPainPoint(db: Conn, row: NewPainPointRow): Promise<void> {
	await db.insertInto('pain_points').values(row).execute();
}

/** Writes over `version`; false when someone else saved first. */
export async function updatePainPointRow(
	db: Conn,
	projectId: string,
	id: string,
	version: number,
	changes: PainPointChanges
): Promise<boolean> {
	const res = await db
		.updateTable('pain_points')
		.set({ ...changes, version: version + 1 })
		.where('project_id', '=', projectId)
		.where('id', '=', id)
		.where('version', '=', version)
		.executeTakeFirst();
	return Number(res.numUpdatedRows) === 1;
}

/** The process a pain point may be found in: the service needs its kind (as-is only). */
export async function processKindOf(db: Conn, projectId: string, processId: string) {
	return db
		.selectFrom('processes')
		.select(['id', 'kind'])
		.where('project_id', '=', projectId)
		.where('id', '=', processId)
		.executeTakeFirst();
}

/** The process a step belongs to, when the step is of this project. */
export async function processOfStep(
	db: Conn,
	projectId: string,
	stepId: string
): Promise<string | undefined> {
	const row = await db
		.selectFrom('process_steps')
		.select('process_id')
		.where('project_id', '=', projectId)
		.where('id', '=', stepId)
		.executeTakeFirst();
	return row?.process_id;
}

/** Who defers a pain point is kept by name, so the decision reads the same after the account is gone. */
export async function userName(db: Conn, userId: string | null): Promise<string> {
	if (!userId) return '';
	const row = await db.selectFrom('users').select('name').where('id', '=', userId).executeTakeFirst();
	return row?.name ?? '';
}

const resolvedBy = (eb: Eb) =>
	eb
		.selectFrom('process_pain_points as ppp')
		.select((e) => e.fn.countAll<number>().as('n'))
		.whereRef('ppp.pain_point_id', '=', 'pp.id');

const resolvedExists = (eb: Eb) =>
	eb.exists(
		eb
			.selectFrom('process_pain_points as ppp')
			.select('ppp.process_id')
			.whereRef('ppp.pain_point_id', '=', 'pp.id')
	);

function conditions(eb: Eb, q: PainPointQuery, withCell: boolean) {
	const and = [];
	if (q.processId) and.push(eb('pp.process_id', '=', q.processId));
	if (q.domain) and.push(eb('p.domain', '=', q.domain));
	if (q.channel) and.push(eb('pp.channel', '=', q.channel));
	if (q.minSeverity) and.push(eb('pp.severity', '>=', q.minSeverity));
	if (q.state === 'resolved') and.push(resolvedExists(eb));
	else if (q.state) and.push(eb.and([eb.not(resolvedExists(eb)), eb('pp.status', '=', q.state)]));
	if (withCell && q.severity) and.push(eb('pp.severity', '=', q.severity));
	if (withCell && q.frequency) and.push(eb('pp.frequency', '=', q.frequency));
	return eb.and(and);
}

function baseQuery(db: Conn, projectId: string) {
	return db
		.selectFrom('pain_points as pp')
		.innerJoin('processes as p', 'p.id', 'pp.process_id')
		.where('pp.project_id', '=', projectId);
}

const SUMMARY_COLUMNS = [
	'pp.id',
	'pp.number',
	'pp.title',
	'pp.process_id',
	'p.kind as process_kind',
	'p.number as process_number',
	'p.name as process_name',
	'p.domain',
	'pp.channel',
	'pp.severity',
	'pp.frequency',
	'pp.burdens_customer',
	'pp.status'
] as const;

type SummaryRow = {
	id: string;
	number: number;
	title: string;
	process_id: string;
	process_kind: 'asIs' | 'toBe';
	process_number: number;
	process_name: string;
	domain: string;
	channel: string | null;
	severity: number;
	frequency: number;
	burdens_customer: number;
	status: 'open' | 'deferred';
	resolved_by: number | string | bigint | null;
};

function toSummary(r: SummaryRow): PainPointSummary {
	return withState({
		id: r.id,
		number: Number(r.number),
		code: formatDesignCode('painPoint', Number(r.number)),
		title: r.title,
		processId: r.process_id,
		processCode: formatDesignCode(r.process_kind, Number(r.process_number)),
		processName: r.process_name,
		domain: r.domain as ProcessDomain,
		channel: r.channel as Channel | null,
		severity: Number(r.severity),
		frequency: Number(r.frequency),
		burdensCustomer: Number(r.burdens_customer) === 1,
		status: r.status,
		resolvedBy: Number(r.resolved_by ?? 0)
	});
}

/** One page of the list, most urgent first (severity × frequency, then severity, then number). */
export async function listPainPointPage(
	db: Conn,
	projectId: string,
	q: PainPointQuery,
	pageSize = PAIN_POINT_PAGE_SIZE
): Promise<PainPointPage> {
	const base = baseQuery(db, projectId).where((eb) => conditions(eb as Eb, q, true));
	const [count, rows] = await Promise.all([
		base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
		base
			.select(SUMMARY_COLUMNS)
			.select((eb) => resolvedBy(eb as Eb).as('resolved_by'))
			.orderBy(sql`pp.severity * pp.frequency`, 'desc')
			.orderBy('pp.severity', 'desc')
			.orderBy('pp.number', 'asc')
			.limit(pageSize)
			.offset((q.page - 1) * pageSize)
			.execute()
	]);
	return {
		items: rows.map((r) => toSummary(r as SummaryRow)),
		total: Number(count?.n ?? 0),
		page: q.page,
		pageSize
	};
}

/** Counts per (severity, frequency) under the list's filters other than the cell itself. */
export async function painGridCounts(db: Conn, projectId: string, q: PainPointQuery) {
	const rows = await baseQuery(db, projectId)
		.where((eb) => conditions(eb as Eb, q, false))
		.select(['pp.severity', 'pp.frequency', (eb) => eb.fn.countAll<number>().as('n')])
		.groupBy(['pp.severity', 'pp.frequency'])
		.execute();
	return rows.map((r) => ({
		severity: Number(r.severity),
		frequency: Number(r.frequency),
		count: Number(r.n)
	}));
}

/** Severe pain points with no to-be process resolving them and not deferred: the redesign's gap list. */
export async function listSevereGaps(
	db: Conn,
	projectId: string,
	limit: number
): Promise<{ items: PainPointSummary[]; total: number }> {
	const base = baseQuery(db, projectId)
		.where('pp.severity', '>=', SEVERE_PAIN)
		.where('pp.status', '=', 'open')
		.where((eb) => eb.not(resolvedExists(eb as Eb)));
	const [count, rows] = await Promise.all([
		base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
		base
			.select(SUMMARY_COLUMNS)
			.select(sql<number>`0`.as('resolved_by'))
			.orderBy(sql`pp.severity * pp.frequency`, 'desc')
			.orderBy('pp.severity', 'desc')
			.orderBy('pp.number', 'asc')
			.limit(limit)
			.execute()
	]);
	return { items: rows.map((r) => toSummary(r as SummaryRow)), total: Number(count?.n ?? 0) };
}

/** One pain point with its step, interview and the to-be processes that resolve it. */
export async function loadPainPoint(db: Conn, projectId: string, id: string): Promise<PainPointView | null> {
	const row = await baseQuery(db, projectId)
		.leftJoin('process_steps as s', 's.id', 'pp.step_id')
		.leftJoin('interviews as i', 'i.id', 'pp.interview_id')
		.where('pp.id', '=', id)
		.select(SUMMARY_COLUMNS)
		.select([
			'pp.step_id',
			's.name as step_name',
			'pp.description',
			'pp.customer_effect',
			'pp.root_cause',
			'pp.evidence_kind',
			'pp.evidence',
			'pp.interview_id',
			'i.held_on as interview_date',
			'i.interviewee',
			'pp.deferral_reason',
			'pp.deferred_by_name',
			'pp.deferred_at',
			'pp.created_at',
			'pp.updated_at',
			'pp.version'
		])
		.executeTakeFirst();
	if (!row) return null;
	const resolvers = await db
		.selectFrom('process_pain_points as ppp')
		.innerJoin('processes as t', 't.id', 'ppp.process_id')
		.select(['t.id', 't.kind', 't.number', 't.name'])
		.where('ppp.pain_point_id', '=', id)
		.where('t.project_id', '=', projectId)
		.orderBy('t.number')
		.execute();
	const summary = toSummary({ ...(row as unknown as SummaryRow), resolved_by: resolvers.length });
	return {
		...summary,
		stepId: row.step_id,
		stepName: row.step_name ?? null,
		description: row.description,
		customerEffect: row.customer_effect,
		rootCause: row.root_cause,
		evidenceKind: row.evidence_kind as EvidenceKind,
		evidence: row.evidence,
		interviewId: row.interview_id,
		interviewLabel: row.interview_id ? `${row.interview_date ?? ''} ${row.interviewee ?? ''}`.trim() : null,
		deferralReason: row.deferral_reason,
		deferredByName: row.deferred_by_name,
		deferredAt: row.deferred_at,
		resolvers: resolvers.map((t) => ({
			id: t.id,
			code: formatDesignCode(t.kind, Number(t.number)),
			name: t.name
		})),
		createdAt: row.created_at,
		updatedAt: row.updated_at,
		version: Number(row.version)
	};
}

/** The choices the forms offer: the project's as-is processes, interviews, and one process's steps. */
export async function asIsProcessOptions(db: Conn, projectId: string) {
	const rows = await db
		.selectFrom('processes')
		.select(['id', 'number', 'name', 'domain'])
		.where('project_id', '=', projectId)
		.where('kind', '=', 'asIs')
		.orderBy('number')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		code: formatDesignCode('asIs', Number(r.number)),
		name: r.name,
		domain: r.domain as ProcessDomain
	}));
}

export async function interviewOptions(db: Conn, projectId: string) {
	const rows = await db
		.selectFrom('interviews')
		.select(['id', 'held_on', 'interviewee'])
		.where('project_id', '=', projectId)
		.orderBy('held_on', 'desc')
		.orderBy('id')
		.limit(500)
		.execute();
	return rows.map((r) => ({ id: r.id, label: `${r.held_on} ${r.interviewee}` }));
}

export async function stepOptions(db: Conn, projectId: string, processId: string) {
	const rows = await db
		.selectFrom('process_steps')
		.select(['id', 'position', 'name'])
		.where('project_id', '=', projectId)
		.where('process_id', '=', processId)
		.orderBy('position')
		.execute();
	return rows.map((r) => ({ id: r.id, label: `${Number(r.position)}. ${r.name}` }));
}

/** Removes a pain point (its links to resolving to-be processes go with it). */
export async function deletePainPointRow(db: Conn, projectId: string, id: string): Promise<void> {
	await db.deleteFrom('process_pain_points').where('pain_point_id', '=', id).execute();
	await db.deleteFrom('pain_points').where('project_id', '=', projectId).where('id', '=', id).execute();
}
