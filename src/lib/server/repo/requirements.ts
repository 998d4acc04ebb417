import { sql, type ExpressionBuilder, type Insertable, type Updateable } from 'kysely';
import {
	REQUIREMENT_PAGE_SIZE,
	requirementSignoff,
	requirementSignoffStage,
	type FitGapCount,
	type RequirementCustomisation,
	type RequirementQuery,
	type RequirementSummary,
	type RequirementView
} from '../../design/requirements';
import { formatDesignCode, type FitVerdict, type Priority } from '../../design/types';
import type { Conn } from '../db';
import type { Database } from '../db/schema';
import type { RequirementTable } from '../db/tables/design';

type Eb = ExpressionBuilder<Database, 'requirements'>;

/** The status of the requirement's latest review round (the scope sign-off), null before any submission. */
const latestRound = (eb: Eb) =>
	eb
		.selectFrom('review_rounds as rr')
		.select('rr.status')
		.whereRef('rr.project_id', '=', 'requirements.project_id')
		.where('rr.object_type', '=', 'requirement')
		.whereRef('rr.object_id', '=', 'requirements.id')
		.orderBy('rr.number', 'desc')
		.limit(1);

/** needsScopeSignoff (src/lib/design/rules.ts) in SQL, for the sign-off filter. */
const needsSignoff = (eb: Eb) =>
	eb.and([
		eb('requirements.fit', '=', 'notImplemented'),
		eb('requirements.requested_by_side', '!=', 'vendor')
	]);

function summaryQuery(db: Conn) {
	return db
		.selectFrom('requirements')
		.leftJoin('processes as p', 'p.id', 'requirements.process_id')
		.leftJoin('process_steps as s', 's.id', 'requirements.step_id')
		.select((eb) => [
			'requirements.id',
			'requirements.number',
			'requirements.title',
			'requirements.category',
			'requirements.priority',
			'requirements.process_id',
			'requirements.step_id',
			'requirements.requested_by_side',
			'requirements.fit',
			'requirements.updated_at',
			'requirements.version',
			'p.kind as process_kind',
			'p.number as process_number',
			'p.name as process_name',
			's.name as step_name',
			latestRound(eb).as('round_status')
		]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;

function toSummary(r: SummaryRow): RequirementSummary {
	const round = (r.round_status as 'open' | 'rejected' | 'approved' | null) ?? null;
	return {
		id: r.id,
		number: Number(r.number),
		code: formatDesignCode('requirement', Number(r.number)),
		title: r.title,
		category: r.category,
		priority: r.priority,
		processId: r.process_id,
		processCode:
			r.process_kind && r.process_number !== null
				? formatDesignCode(r.process_kind, Number(r.process_number))
				: null,
		processName: r.process_name ?? null,
		stepId: r.step_id,
		stepName: r.step_name ?? null,
		requestedBySide: r.requested_by_side,
		fit: r.fit,
		signoff: requirementSignoff(r.fit, r.requested_by_side, round),
		signoffStage: requirementSignoffStage(r.fit, r.requested_by_side, round),
		updatedAt: r.updated_at,
		version: Number(r.version)
	};
}

function conditions(eb: Eb, projectId: string, q: RequirementQuery) {
	const all = [eb('requirements.project_id', '=', projectId)];
	if (q.category) all.push(eb('requirements.category', '=', q.category));
	if (q.priority) all.push(eb('requirements.priority', '=', q.priority));
	if (q.fit === 'none') all.push(eb('requirements.fit', 'is', null));
	else if (q.fit) all.push(eb('requirements.fit', '=', q.fit));
	if (q.processId) all.push(eb('requirements.process_id', '=', q.processId));
	if (q.signoff) {
		all.push(needsSignoff(eb));
		const approved = eb(latestRound(eb), '=', 'approved');
		all.push(q.signoff === 'signed' ? approved : eb.or([eb(latestRound(eb), 'is', null), eb.not(approved)]));
	}
	return eb.and(all);
}

const PRIORITY_ORDER = sql<number>`case requirements.priority when 'must' then 0 when 'should' then 1 when 'could' then 2 else 3 end`;

export interface RequirementPage {
	items: RequirementSummary[];
	total: number;
	page: number;
	pageSize: number;
}

/** One page of the project's requirements, Must first, then by number; filters and paging in the database. */
export async function listRequirementPage(
	db: Conn,
	projectId: string,
	q: RequirementQuery,
	pageSize = REQUIREMENT_PAGE_SIZE
): Promise<RequirementPage> {
	const [count, rows] = await Promise.all([
		db
			.selectFrom('requirements')
			.where((eb) => conditions(eb, projectId, q))
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirst(),
		summaryQuery(db)
			.where((eb) => conditions(eb, projectId, q))
			.orderBy(PRIORITY_ORDER)
			.orderBy('requirements.number')
			.limit(pageSize)
			.offset((q.page - 1) * pageSize)
			.execute()
	]);
	return { items: rows.map(toSummary), total: Number(count?.n ?? 0), page: q.page, pageSize };
}

/** Counts by verdict and priority for the fit/gap summary: one grouped query, whatever the list's filters. */
export async function fitGapCounts(db: Conn, projectId: string): Promise<FitGapCount[]> {
	const rows = await db
		.selectFrom('requirements')
		.select((eb) => ['fit', 'priority', eb.fn.countAll<number>().as('n')])
		.where('project_id', '=', projectId)
		.groupBy(['fit', 'priority'])
		.execute();
	return rows.map((r) => ({
		fit: r.fit as FitVerdict | null,
		priority: r.priority as Priority,
		count: Number(r.n)
	}));
}

export async function requirementCustomisations(
	db: Conn,
	projectId: string,
	requirementId: string
): Promise<RequirementCustomisation[]> {
	const rows = await db
		.selectFrom('customisation_requirements as cr')
		.innerJoin('customisations as c', 'c.id', 'cr.customisation_id')
		.select(['c.id', 'c.number', 'c.title', 'c.type', 'c.status'])
		.where('cr.requirement_id', '=', requirementId)
		.where('c.project_id', '=', projectId)
		.orderBy('c.number')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		code: formatDesignCode('customisation', Number(r.number)),
		title: r.title,
		type: r.type,
		status: r.status
	}));
}

/** The whole requirement as its page and the API show it, or null when it is not a requirement of the project. */
export async function loadRequirement(
	db: Conn,
	projectId: string,
	id: string
): Promise<RequirementView | null> {
	const row = await summaryQuery(db)
		.select([
			'requirements.description',
			'requirements.acceptance_criteria',
			'requirements.fit_reason',
			'requirements.created_at'
		])
		.where('requirements.project_id', '=', projectId)
		.where('requirements.id', '=', id)
		.executeTakeFirst();
	if (!row) return null;
	return {
		...toSummary(row),
		description: row.description,
		acceptanceCriteria: row.acceptance_criteria,
		fitReason: row.fit_reason,
		createdAt: row.created_at,
		customisations: await requirementCustomisations(db, projectId, id)
	};
}

export async function insertRequirement(db: Conn, row: Insertable<RequirementTable>): Promise<void> {
	await db.insertInto('requirements').values(row).execute();
}

/** Writes over the version read; false when someone saved in between. */
export async function updateRequirementRow(
	db: Conn,
	projectId: string,
	id: string,
	version: number,
	changes: Updateable<RequirementTable>
): Promise<boolean> {
	const result = await db
		.updateTable('requirements')
		.set({ ...changes, version: version + 1 })
		.where('project_id', '=', projectId)
		.where('id', '=', id)
		.where('version', '=', version)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/** What a requirement may derive from: the process's kind, or null when it is not a process of the project. */
export async function processKindOf(db: Conn, projectId: string, processId: string) {
	const row = await db
		.selectFrom('processes')
		.select('kind')
		.where('project_id', '=', projectId)
		.where('id', '=', processId)
		.executeTakeFirst();
	return row?.kind ?? null;
}

/** The process a step belongs to, or null when it is not a step of the project. */
export async function processOfStep(db: Conn, projectId: string, stepId: string): Promise<string | null> {
	const row = await db
		.selectFrom('process_steps')
		.select('process_id')
		.where('project_id', '=', projectId)
		.where('id', '=', stepId)
		.executeTakeFirst();
	return row?.process_id ?? null;
}

/** To-be processes a requirement may derive from and their steps, for the form's pickers (bounded). */
export async function toBeProcessOptions(db: Conn, projectId: string) {
	const [processes, steps] = await Promise.all([
		db
			.selectFrom('processes')
			.select(['id', 'number', 'name'])
			.where('project_id', '=', projectId)
			.where('kind', '=', 'toBe')
			.orderBy('number')
			.limit(500)
			.execute(),
		db
			.selectFrom('process_steps as s')
			.innerJoin('processes as p', 'p.id', 's.process_id')
			.select(['s.id', 's.process_id', 's.position', 's.name'])
			.where('s.project_id', '=', projectId)
			.where('p.kind', '=', 'toBe')
			.orderBy('s.process_id')
			.orderBy('s.position')
			.limit(5000)
			.execute()
	]);
	return {
		processes: processes.map((p) => ({
			id: p.id,
			code: formatDesignCode('toBe', Number(p.number)),
			name: p.name
		})),
		steps: steps.map((s) => ({
			id: s.id,
			processId: s.process_id,
			position: Number(s.position),
			name: s.name
		}))
	};
}

/** "REQ-004 标题" by id, for the sign-off queue. */
export async function requirementTitles(db: Conn, ids: readonly string[]) {
	const rows = await db
		.selectFrom('requirements')
		.select(['id', 'number', 'title'])
		.where('id', 'in', [...ids])
		.execute();
	return rows.map((r) => ({
		id: r.id,
		name: `${formatDesignCode('requirement', Number(r.number))} ${r.title}`
	}));
}
