import type { Insertable, Updateable } from 'kysely';
import {
	buildTaskDrift,
	CUSTOMISATION_PAGE_SIZE,
	type CustomisationTask,
	type CustomisationQuery,
	type CustomisationSummary,
	type CustomisationView,
	type LinkedRequirement,
	type TotalsRow
} from '../../design/customisations';
import { formatDesignCode } from '../../design/types';
import type { Conn } from '../db';
import type { CustomisationTable } from '../db/tables/design';

// Customisations and their links to requirements: queries only; the use cases own transactions and audit.

type Filterable = Pick<CustomisationQuery, 'statuses' | 'types'>;

function filtered(db: Conn, projectId: string, q: Filterable) {
	let query = db.selectFrom('customisations as c').where('c.project_id', '=', projectId);
	if (q.statuses.length) query = query.where('c.status', 'in', q.statuses);
	if (q.types.length) query = query.where('c.type', 'in', q.types);
	return query;
}

const SUMMARY_COLUMNS = [
	'c.id',
	'c.number',
	'c.title',
	'c.type',
	'c.owner_side',
	'c.developer_member_id',
	'c.estimate_days',
	'c.status',
	'c.task_id',
	'c.systems',
	'c.version'
] as const;

type SummaryRow = {
	id: string;
	number: number;
	title: string;
	type: CustomisationSummary['type'];
	owner_side: CustomisationSummary['ownerSide'];
	developer_member_id: string | null;
	estimate_days: number | null;
	status: CustomisationSummary['status'];
	task_id: string | null;
	systems: string;
	version: number;
	developer_name: string | null;
};

function summaryOf(r: SummaryRow, requirementCount: number): CustomisationSummary {
	return {
		id: r.id,
		number: Number(r.number),
		code: formatDesignCode('customisation', Number(r.number)),
		title: r.title,
		type: r.type,
		ownerSide: r.owner_side,
		developerMemberId: r.developer_member_id,
		developerName: r.developer_name,
		estimateDays: r.estimate_days === null ? null : Number(r.estimate_days),
		status: r.status,
		requirementCount,
		systems: JSON.parse(r.systems) as string[],
		taskId: r.task_id,
		version: Number(r.version)
	};
}

function withDeveloper(db: Conn) {
	return db
		.selectFrom('customisations as c')
		.leftJoin('project_members as pm', 'pm.id', 'c.developer_member_id')
		.leftJoin('users as u', 'u.id', 'pm.user_id');
}

async function requirementCounts(db: Conn, ids: readonly string[]): Promise<Map<string, number>> {
	if (!ids.length) return new Map();
	const rows = await db
		.selectFrom('customisation_requirements')
		.select(['customisation_id', (eb) => eb.fn.countAll<number>().as('n')])
		.where('customisation_id', 'in', ids)
		.groupBy('customisation_id')
		.execute();
	return new Map(rows.map((r) => [r.customisation_id, Number(r.n)]));
}

/** One page of the list, by number; the count and the page's ids are two small queries. */
export async function listCustomisationPage(
	db: Conn,
	projectId: string,
	q: CustomisationQuery,
	pageSize = CUSTOMISATION_PAGE_SIZE
): Promise<{ items: CustomisationSummary[]; total: number; page: number; pageSize: number }> {
	const [count, rows] = await Promise.all([
		filtered(db, projectId, q)
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirstOrThrow(),
		withDeveloper(db)
			.select([...SUMMARY_COLUMNS, 'u.name as developer_name'])
			.where('c.project_id', '=', projectId)
			.$if(q.statuses.length > 0, (qb) => qb.where('c.status', 'in', q.statuses))
			.$if(q.types.length > 0, (qb) => qb.where('c.type', 'in', q.types))
			.orderBy('c.number')
			.limit(pageSize)
			.offset((q.page - 1) * pageSize)
			.execute()
	]);
	const counts = await requirementCounts(
		db,
		rows.map((r) => r.id)
	);
	return {
		items: rows.map((r) => summaryOf(r as SummaryRow, counts.get(r.id) ?? 0)),
		total: Number(count.n),
		page: q.page,
		pageSize
	};
}

/** Counts and summed estimates by (status, type) for the whole project, whatever the filters. */
export async function customisationTotalsRows(db: Conn, projectId: string): Promise<TotalsRow[]> {
	const rows = await db
		.selectFrom('customisations')
		.select([
			'status',
			'type',
			(eb) => eb.fn.countAll<number>().as('n'),
			(eb) => eb.fn.sum<number | null>('estimate_days').as('days')
		])
		.where('project_id', '=', projectId)
		.groupBy(['status', 'type'])
		.execute();
	return rows.map((r) => ({ status: r.status, type: r.type, count: Number(r.n), days: Number(r.days ?? 0) }));
}

/** A customisation with its requirements and the plan task building it, or undefined. */
export async function loadCustomisation(
	db: Conn,
	projectId: string,
	id: string
): Promise<CustomisationView | undefined> {
	const row = await withDeveloper(db)
		.select([...SUMMARY_COLUMNS, 'u.name as developer_name', 'c.description', 'c.created_at', 'c.updated_at'])
		.where('c.project_id', '=', projectId)
		.where('c.id', '=', id)
		.executeTakeFirst();
	if (!row) return undefined;
	const [requirements, task] = await Promise.all([
		db
			.selectFrom('customisation_requirements as cr')
			.innerJoin('requirements as r', 'r.id', 'cr.requirement_id')
			.select(['r.id', 'r.number', 'r.title', 'r.priority', 'r.fit'])
			.where('cr.customisation_id', '=', id)
			.orderBy('r.number')
			.execute(),
		row.task_id
			? db
					.selectFrom('tasks')
					.select((eb) => [
						'id',
						'name',
						'start_date',
						'finish_date',
						'duration_days',
						'progress',
						'status',
						'version',
						eb
							.exists(
								eb.selectFrom('tasks as sub').select('sub.id').whereRef('sub.parent_id', '=', 'tasks.id')
							)
							.as('has_subtasks')
					])
					.where('project_id', '=', projectId)
					.where('id', '=', row.task_id)
					.executeTakeFirst()
			: undefined
	]);
	const summary = summaryOf(row as SummaryRow, requirements.length);
	const built: CustomisationTask | null = task
		? {
				id: task.id,
				name: task.name,
				start: task.start_date,
				finish: task.finish_date,
				durationDays: Number(task.duration_days),
				progress: Number(task.progress),
				status: task.status,
				version: Number(task.version),
				// SQLite answers 0/1, PostgreSQL a boolean.
				hasSubtasks: Boolean(Number(task.has_subtasks))
			}
		: null;
	return {
		...summary,
		description: row.description,
		requirements: requirements.map(linkedRequirement),
		task: built,
		taskDrift: buildTaskDrift({ ...summary, task: built }),
		createdAt: row.created_at,
		updatedAt: row.updated_at
	};
}

function linkedRequirement(r: {
	id: string;
	number: number;
	title: string;
	priority: LinkedRequirement['priority'];
	fit: LinkedRequirement['fit'];
}): LinkedRequirement {
	return {
		id: r.id,
		code: formatDesignCode('requirement', Number(r.number)),
		title: r.title,
		priority: r.priority,
		fit: r.fit
	};
}

/**
 * Requirements a person may link: those marked 需二次开发 (what the list is built from) and any already linked
 * to this customisation; bounded, so a project with thousands of requirements still sends a short picker.
 */
export async function requirementOptions(
	db: Conn,
	projectId: string,
	customisationId: string | null,
	limit = 300
): Promise<LinkedRequirement[]> {
	const rows = await db
		.selectFrom('requirements as r')
		.select(['r.id', 'r.number', 'r.title', 'r.priority', 'r.fit'])
		.where('r.project_id', '=', projectId)
		.where((eb) =>
			customisationId
				? eb.or([
						eb('r.fit', '=', 'development'),
						eb(
							'r.id',
							'in',
							eb
								.selectFrom('customisation_requirements')
								.select('requirement_id')
								.where('customisation_id', '=', customisationId)
						)
					])
				: eb('r.fit', '=', 'development')
		)
		.orderBy('r.number')
		.limit(limit)
		.execute();
	return rows.map(linkedRequirement);
}

export async function insertCustomisation(db: Conn, row: Insertable<CustomisationTable>): Promise<void> {
	await db.insertInto('customisations').values(row).execute();
}

/** Writes over the version the caller read; false when someone else wrote first. */
export async function updateCustomisationRow(
	db: Conn,
	projectId: string,
	id: string,
	version: number,
	set: Updateable<CustomisationTable>
): Promise<boolean> {
	const res = await db
		.updateTable('customisations')
		.set({ ...set, version: version + 1 })
		.where('project_id', '=', projectId)
		.where('id', '=', id)
		.where('version', '=', version)
		.executeTakeFirst();
	return Number(res.numUpdatedRows) === 1;
}

export async function replaceCustomisationRequirements(
	db: Conn,
	customisationId: string,
	requirementIds: readonly string[]
): Promise<void> {
	await db.deleteFrom('customisation_requirements').where('customisation_id', '=', customisationId).execute();
	const unique = [...new Set(requirementIds)];
	if (unique.length)
		await db
			.insertInto('customisation_requirements')
			.values(unique.map((requirement_id) => ({ customisation_id: customisationId, requirement_id })))
			.execute();
}

/**
 * Where a customisation's build task goes: the redesign phase and its 二次设计与开发 summary task, if kept, and
 * the task it follows — 确定定制开发清单, when the plan still has it (nothing is built before the list is agreed).
 */
export async function buildTaskPlace(
	db: Conn,
	projectId: string
): Promise<{ phaseId: string; parentId: string | null; start: string; afterId: string | null } | undefined> {
	const phase = await db
		.selectFrom('phases')
		.select('id')
		.where('project_id', '=', projectId)
		.where('key', '=', 'redesign')
		.executeTakeFirst();
	if (!phase) return undefined;
	const parent = await db
		.selectFrom('tasks')
		.select(['id', 'start_date'])
		.where('project_id', '=', projectId)
		.where('phase_id', '=', phase.id)
		.where('template_key', '=', 'redesign.development')
		.executeTakeFirst();
	const list = await db
		.selectFrom('tasks')
		.select('id')
		.where('project_id', '=', projectId)
		.where('phase_id', '=', phase.id)
		.where('template_key', '=', 'redesign.development.list')
		.executeTakeFirst();
	const afterId = list?.id ?? null;
	if (parent) return { phaseId: phase.id, parentId: parent.id, start: parent.start_date, afterId };
	const first = await db
		.selectFrom('tasks')
		.select((eb) => eb.fn.min<string | null>('start_date').as('start'))
		.where('phase_id', '=', phase.id)
		.executeTakeFirst();
	const project = await db
		.selectFrom('projects')
		.select('start_date')
		.where('id', '=', projectId)
		.executeTakeFirstOrThrow();
	return { phaseId: phase.id, parentId: null, start: first?.start ?? project.start_date, afterId };
}

export async function isProjectMember(db: Conn, projectId: string, memberId: string): Promise<boolean> {
	const row = await db
		.selectFrom('project_members')
		.select('id')
		.where('project_id', '=', projectId)
		.where('id', '=', memberId)
		.executeTakeFirst();
	return !!row;
}
