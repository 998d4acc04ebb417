import type { ProcessKind } from '../../design/types';
import type { Conn } from '../db';

// Narrow reads for the four diagnosis and redesign documents: only the columns they print, each list bounded so
// a document's data stays within what the PDF worker can lay out.

/** Per list: far above a real project (the bench has 300 processes, 2,000 pain points, 3,000 requirements). */
export const DESIGN_DOCUMENT_LIMITS = {
	processes: 1000,
	steps: 20_000,
	painPoints: 5000,
	requirements: 5000,
	customisations: 2000,
	validations: 2000,
	interviews: 1000
} as const;

const CHUNK = 500;

async function chunked<T>(ids: readonly string[], read: (slice: string[]) => Promise<T[]>): Promise<T[]> {
	const out: T[] = [];
	for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await read(ids.slice(i, i + CHUNK))));
	return out;
}

export async function processesForDocument(db: Conn, projectId: string, kind: ProcessKind) {
	return db
		.selectFrom('processes as p')
		.leftJoin('project_members as m', 'm.id', 'p.owner_member_id')
		.leftJoin('users as u', 'u.id', 'm.user_id')
		.select([
			'p.id',
			'p.number',
			'p.parent_id',
			'p.domain',
			'p.name',
			'p.description',
			'p.in_scope',
			'p.owner_department',
			'p.owner_name',
			'u.name as owner_member_name',
			'p.channels',
			'p.volume_per_month',
			'p.cycle_time_hours',
			'p.cost_per_case',
			'p.policies',
			'p.as_is_id',
			'p.burden_answer',
			'p.burden_reason'
		])
		.where('p.project_id', '=', projectId)
		.where('p.kind', '=', kind)
		.orderBy('p.position')
		.orderBy('p.number')
		.limit(DESIGN_DOCUMENT_LIMITS.processes)
		.execute();
}

/** Code and name of processes by id (the as-is processes to-be ones replace). */
export async function processNames(db: Conn, projectId: string, ids: readonly string[]) {
	return chunked(ids, (slice) =>
		db
			.selectFrom('processes')
			.select(['id', 'kind', 'number', 'name'])
			.where('project_id', '=', projectId)
			.where('id', 'in', slice)
			.execute()
	);
}

export async function stepsForDocument(db: Conn, projectId: string, kind: ProcessKind) {
	return db
		.selectFrom('process_steps as s')
		.innerJoin('processes as p', 'p.id', 's.process_id')
		.select(['s.id', 's.process_id', 's.name', 's.role_id', 's.role_name', 's.crm_function', 's.channel'])
		.where('s.project_id', '=', projectId)
		.where('p.kind', '=', kind)
		.orderBy('s.process_id')
		.orderBy('s.position')
		.limit(DESIGN_DOCUMENT_LIMITS.steps)
		.execute();
}

/** The newest diagram version of each process of a kind: its facts and the SVG's length, not the SVG. */
export async function latestDiagramsForDocument(db: Conn, projectId: string, kind: ProcessKind) {
	return db
		.selectFrom('process_diagrams as d')
		.innerJoin('processes as p', 'p.id', 'd.process_id')
		.select((eb) => [
			'd.id',
			'd.process_id',
			'd.version_number',
			'd.source',
			'd.created_at',
			'd.created_by_name',
			eb.fn<number | null>('length', ['d.svg']).as('svg_length')
		])
		.where('d.project_id', '=', projectId)
		.where('p.kind', '=', kind)
		.where('d.version_number', '=', (eb) =>
			eb
				.selectFrom('process_diagrams as newer')
				.select((e) => e.fn.max('newer.version_number').as('n'))
				.whereRef('newer.process_id', '=', 'd.process_id')
		)
		.execute();
}

export async function diagramSvgs(db: Conn, projectId: string, ids: readonly string[]) {
	return chunked(ids, (slice) =>
		db
			.selectFrom('process_diagrams')
			.select(['id', 'svg'])
			.where('project_id', '=', projectId)
			.where('id', 'in', slice)
			.execute()
	);
}

export async function painPointsForDocument(db: Conn, projectId: string, minSeverity = 1) {
	return db
		.selectFrom('pain_points')
		.select([
			'id',
			'number',
			'process_id',
			'channel',
			'title',
			'severity',
			'frequency',
			'burdens_customer',
			'customer_effect',
			'root_cause',
			'evidence_kind',
			'evidence',
			'status',
			(eb) =>
				eb
					.selectFrom('process_steps as s')
					.select('s.name')
					.whereRef('s.id', '=', 'pain_points.step_id')
					.as('step_name')
		])
		.where('project_id', '=', projectId)
		.where('severity', '>=', minSeverity)
		.orderBy('number')
		.limit(DESIGN_DOCUMENT_LIMITS.painPoints)
		.execute();
}

/** Which to-be process resolves which pain point, for the whole project. */
export async function resolutionsForDocument(db: Conn, projectId: string) {
	return db
		.selectFrom('process_pain_points as r')
		.innerJoin('processes as p', 'p.id', 'r.process_id')
		.select(['r.process_id', 'r.pain_point_id'])
		.where('p.project_id', '=', projectId)
		.execute();
}

export async function interviewsForDocument(db: Conn, projectId: string) {
	const interviews = await db
		.selectFrom('interviews as i')
		.leftJoin('project_members as m', 'm.id', 'i.interviewer_member_id')
		.leftJoin('users as u', 'u.id', 'm.user_id')
		.select([
			'i.id',
			'i.held_on',
			'i.interviewee',
			'i.interviewee_role',
			'i.department',
			'i.interviewer_name',
			'i.notes',
			'u.name as interviewer_member_name'
		])
		.where('i.project_id', '=', projectId)
		.orderBy('i.held_on')
		.limit(DESIGN_DOCUMENT_LIMITS.interviews)
		.execute();
	const links = await chunked(
		interviews.map((i) => i.id),
		(slice) =>
			db
				.selectFrom('interview_processes')
				.select(['interview_id', 'process_id'])
				.where('interview_id', 'in', slice)
				.execute()
	);
	return { interviews, links };
}

export async function benefitsForDocument(db: Conn, projectId: string) {
	return db
		.selectFrom('process_benefits')
		.select([
			'process_id',
			'measure',
			'unit',
			'baseline',
			'target',
			'direction',
			'method',
			'frequency',
			'owner_name'
		])
		.where('project_id', '=', projectId)
		.orderBy('process_id')
		.orderBy('position')
		.limit(DESIGN_DOCUMENT_LIMITS.processes * 20)
		.execute();
}

export async function requirementsForDocument(db: Conn, projectId: string) {
	return db
		.selectFrom('requirements as r')
		.leftJoin('process_steps as s', 's.id', 'r.step_id')
		.select([
			'r.id',
			'r.number',
			'r.title',
			'r.category',
			'r.priority',
			'r.acceptance_criteria',
			'r.process_id',
			's.name as step_name',
			'r.requested_by_side',
			'r.fit',
			'r.fit_reason'
		])
		.where('r.project_id', '=', projectId)
		.orderBy('r.number')
		.limit(DESIGN_DOCUMENT_LIMITS.requirements)
		.execute();
}

export async function customisationsForDocument(db: Conn, projectId: string) {
	const items = await db
		.selectFrom('customisations as c')
		.leftJoin('project_members as m', 'm.id', 'c.developer_member_id')
		.leftJoin('users as u', 'u.id', 'm.user_id')
		.leftJoin('tasks as t', (join) => join.onRef('t.id', '=', 'c.task_id').on('t.project_id', '=', projectId))
		.select([
			'c.id',
			'c.number',
			'c.title',
			'c.description',
			'c.type',
			'c.owner_side',
			'u.name as developer_name',
			'c.estimate_days',
			'c.status',
			'c.systems',
			't.name as task_name',
			't.start_date as task_start',
			't.finish_date as task_finish',
			't.progress as task_progress'
		])
		.where('c.project_id', '=', projectId)
		.orderBy('c.number')
		.limit(DESIGN_DOCUMENT_LIMITS.customisations)
		.execute();
	const links = await chunked(
		items.map((c) => c.id),
		(slice) =>
			db
				.selectFrom('customisation_requirements as l')
				.innerJoin('requirements as r', 'r.id', 'l.requirement_id')
				.select(['l.customisation_id', 'r.number', 'r.title'])
				.where('l.customisation_id', 'in', slice)
				.where('r.project_id', '=', projectId)
				.orderBy('r.number')
				.execute()
	);
	return { items, links };
}

export async function validationsForDocument(db: Conn, projectId: string) {
	const validations = await db
		.selectFrom('process_validations')
		.select([
			'id',
			'process_id',
			'held_on',
			'participants',
			'steps',
			'result',
			'notes',
			'recorded_by_name',
			'created_at'
		])
		.where('project_id', '=', projectId)
		.orderBy('held_on', 'desc')
		.orderBy('created_at', 'desc')
		.limit(DESIGN_DOCUMENT_LIMITS.validations)
		.execute();
	const issues = await db
		.selectFrom('register_items')
		.select(['origin_ref', 'type', 'number', 'title', 'blocking', 'status'])
		.where('project_id', '=', projectId)
		.where('origin', '=', 'validation')
		.orderBy('number')
		.limit(DESIGN_DOCUMENT_LIMITS.validations * 10)
		.execute();
	return { validations, issues };
}
