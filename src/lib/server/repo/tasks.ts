import type { RolledUpTask } from '../../phases/rollup';
import type { TaskView } from '../../phases/task-model';
import { numberWbs } from '../../phases/wbs';
import type { Conn } from '../db';
import type { TaskRow } from '../db/schema';
import { DomainError } from '../errors';
import type { LoadedPlan } from './schedule';
import { ROLL_UP_COLUMNS, rolledUp, rollUpRowOf } from './task-rollup';

const NOWHERE = { wbs: '?', depth: 0, rank: 1e9, hasChildren: false };

const phaseOrder = (db: Conn, projectId: string) =>
	db
		.selectFrom('phases')
		.select(['id', 'order_index', 'status'])
		.where('project_id', '=', projectId)
		.execute();

/** WBS numbers of a plan from its outline columns. */
function numbered(
	phases: readonly { id: string; order_index: number }[],
	rows: readonly { id: string; phase_id: string; parent_id: string | null; order_index: number }[]
) {
	return numberWbs(
		new Map(phases.map((p) => [p.id, p.order_index])),
		rows.map((r) => ({ id: r.id, phaseId: r.phase_id, parentId: r.parent_id, orderIndex: r.order_index }))
	);
}

function assigneesByTask(rows: readonly { task_id: string; member_id: string }[]): Map<string, string[]> {
	const byTask = new Map<string, string[]>();
	for (const a of rows) byTask.set(a.task_id, [...(byTask.get(a.task_id) ?? []), a.member_id]);
	return byTask;
}

/** Every task of a project, numbered and in WBS order, with assignees. */
export async function listTasks(
	db: Conn,
	projectId: string,
	filter: { phaseId?: string } = {}
): Promise<TaskView[]> {
	const [phases, rows, assignees] = await Promise.all([
		phaseOrder(db, projectId),
		db.selectFrom('tasks').selectAll().where('project_id', '=', projectId).execute(),
		db
			.selectFrom('task_assignees')
			.innerJoin('tasks', 'tasks.id', 'task_assignees.task_id')
			.select(['task_assignees.task_id', 'task_assignees.member_id'])
			.where('tasks.project_id', '=', projectId)
			.execute()
	]);
	const positions = numbered(phases, rows);
	const shown = rolledUp(phases, rows);
	const byTask = assigneesByTask(assignees);
	return rows
		.filter((r) => !filter.phaseId || r.phase_id === filter.phaseId)
		.map((r) => taskView(r, positions.get(r.id) ?? NOWHERE, byTask.get(r.id) ?? [], shown.get(r.id)))
		.sort((a, b) => (positions.get(a.id)?.rank ?? 0) - (positions.get(b.id)?.rank ?? 0));
}

/**
 * The first `limit` tasks in WBS order, read in full, and how many tasks the plan has. The whole plan is
 * numbered from its outline alone (four narrow columns), so a first screen does not read thousands of rows.
 */
export async function listFirstTasks(
	db: Conn,
	projectId: string,
	limit: number,
	/** Where the rows start, chosen from the whole outline in WBS order (the Gantt opens on current work). */
	offsetOf: (outline: { start: string; finish: string; hasChildren: boolean }[]) => number = () => 0
): Promise<{ tasks: TaskView[]; total: number; offset: number }> {
	const [phases, outline] = await Promise.all([
		phaseOrder(db, projectId),
		db.selectFrom('tasks').select(ROLL_UP_COLUMNS).where('project_id', '=', projectId).execute()
	]);
	const positions = numbered(phases, outline);
	const shown = rolledUp(phases, outline);
	// Ordered as listTasks orders the whole plan.
	const rank = (id: string) => positions.get(id)?.rank ?? 0;
	const ordered = [...outline].sort((a, b) => rank(a.id) - rank(b.id));
	const offset = Math.max(
		0,
		Math.min(
			offsetOf(
				ordered.map((r) => ({
					start: shown.get(r.id)?.start ?? r.start_date,
					finish: shown.get(r.id)?.finish ?? r.finish_date,
					hasChildren: positions.get(r.id)?.hasChildren ?? false
				}))
			),
			Math.max(0, ordered.length - limit)
		)
	);
	const ids = ordered.slice(offset, offset + limit).map((r) => r.id);
	if (!ids.length) return { tasks: [], total: outline.length, offset };
	const [rows, assignees] = await Promise.all([
		db.selectFrom('tasks').selectAll().where('project_id', '=', projectId).where('id', 'in', ids).execute(),
		db.selectFrom('task_assignees').select(['task_id', 'member_id']).where('task_id', 'in', ids).execute()
	]);
	const byTask = assigneesByTask(assignees);
	const tasks = rows
		.map((r) => taskView(r, positions.get(r.id) ?? NOWHERE, byTask.get(r.id) ?? [], shown.get(r.id)))
		.sort((a, b) => rank(a.id) - rank(b.id));
	return { tasks, total: outline.length, offset };
}

/** What a printed plan shows of each task, in WBS order (rolled up): narrow columns only, without descriptions or assignees. */
export async function listPlanOutline(db: Conn, projectId: string) {
	const [phases, rows] = await Promise.all([
		phaseOrder(db, projectId),
		db
			.selectFrom('tasks')
			.select([...ROLL_UP_COLUMNS, 'name', 'owner_side', 'is_milestone'])
			.where('project_id', '=', projectId)
			.execute()
	]);
	const positions = numbered(phases, rows);
	const shown = rolledUp(phases, rows);
	return rows
		.map((r) => {
			const pos = positions.get(r.id) ?? NOWHERE;
			const s = shown.get(r.id)!;
			return {
				id: r.id,
				wbs: pos.wbs,
				depth: pos.depth,
				rank: pos.rank,
				hasChildren: pos.hasChildren,
				name: r.name,
				ownerSide: r.owner_side,
				start: s.start,
				finish: s.finish,
				durationDays: Number(r.duration_days),
				progress: s.progress,
				status: s.status,
				isMilestone: r.is_milestone === 1
			};
		})
		.sort((a, b) => a.rank - b.rank);
}

export interface TaskPageQuery {
	phaseId?: string;
	side?: string;
	status?: string;
	/** Unfinished leaf tasks whose finish is before this date. */
	overdueBefore?: string | null;
	/** 1-based; past the last page reads the last page. */
	page: number;
	size: number;
	/** Further tasks to read in full beside the page (e.g. the other ends of the page's links), returned as `extra`. */
	include?: (page: string[]) => Promise<string[]>;
}

/**
 * One page of the task list in WBS order, filtered on the server: the whole plan is read only as narrow outline
 * and filter columns, and full rows only for the page, so a 20,000-task plan sends one screen's worth.
 */
export async function listTaskPage(
	db: Conn,
	projectId: string,
	q: TaskPageQuery
): Promise<{
	tasks: TaskView[];
	extra: TaskView[];
	total: number;
	matching: number;
	page: number;
	pages: number;
}> {
	const [phases, outline] = await Promise.all([
		phaseOrder(db, projectId),
		db
			.selectFrom('tasks')
			.select([...ROLL_UP_COLUMNS, 'owner_side'])
			.where('project_id', '=', projectId)
			.execute()
	]);
	const positions = numbered(phases, outline);
	const shown = rolledUp(phases, outline);
	const rank = (id: string) => positions.get(id)?.rank ?? 0;
	// Filters match what the list shows: a summary by its rolled-up status.
	const statusOf = (id: string) => shown.get(id)!.status;
	const matching = outline
		.filter(
			(r) =>
				(!q.phaseId || r.phase_id === q.phaseId) &&
				(!q.side || r.owner_side === q.side) &&
				(!q.status || statusOf(r.id) === q.status) &&
				(!q.overdueBefore ||
					(statusOf(r.id) !== 'done' && !positions.get(r.id)?.hasChildren && r.finish_date < q.overdueBefore))
		)
		.map((r) => r.id)
		.sort((a, b) => rank(a) - rank(b));
	const pages = Math.max(1, Math.ceil(matching.length / q.size));
	const page = Math.min(Math.max(1, Math.floor(q.page) || 1), pages);
	const ids = matching.slice((page - 1) * q.size, page * q.size);
	const onPage = new Set(ids);
	const extraIds = [...new Set(q.include ? await q.include(ids) : [])].filter(
		(id) => !onPage.has(id) && positions.has(id)
	);
	const wanted = [...ids, ...extraIds];
	if (!wanted.length)
		return { tasks: [], extra: [], total: outline.length, matching: matching.length, page, pages };
	const rows = [];
	const assignees = [];
	// In slices, so a page with many linked tasks stays within every database's parameter limit.
	for (let i = 0; i < wanted.length; i += 500) {
		const slice = wanted.slice(i, i + 500);
		rows.push(
			...(await db
				.selectFrom('tasks')
				.selectAll()
				.where('project_id', '=', projectId)
				.where('id', 'in', slice)
				.execute())
		);
		assignees.push(
			...(await db
				.selectFrom('task_assignees')
				.select(['task_id', 'member_id'])
				.where('task_id', 'in', slice)
				.execute())
		);
	}
	const byTask = assigneesByTask(assignees);
	const views = rows
		.map((r) => taskView(r, positions.get(r.id) ?? NOWHERE, byTask.get(r.id) ?? [], shown.get(r.id)))
		.sort((a, b) => rank(a.id) - rank(b.id));
	return {
		tasks: views.filter((t) => onPage.has(t.id)),
		extra: views.filter((t) => !onPage.has(t.id)),
		total: outline.length,
		matching: matching.length,
		page,
		pages
	};
}

/** The first start and last finish over a project's tasks (null without tasks). */
export async function taskDateRange(
	db: Conn,
	projectId: string
): Promise<{ start: string; finish: string } | null> {
	const row = await db
		.selectFrom('tasks')
		.select((eb) => [eb.fn.min('start_date').as('start'), eb.fn.max('finish_date').as('finish')])
		.where('project_id', '=', projectId)
		.executeTakeFirst();
	return row?.start && row.finish ? { start: String(row.start), finish: String(row.finish) } : null;
}

/** A task row as pages see it; `shown` carries the rolled-up figures (rolledUp), which replace the stored ones. */
export function taskView(
	r: TaskRow,
	pos: { wbs: string; depth: number; hasChildren: boolean },
	assigneeIds: string[],
	shown?: RolledUpTask
): TaskView {
	return {
		id: r.id,
		phaseId: r.phase_id,
		parentId: r.parent_id,
		wbs: pos.wbs,
		depth: pos.depth,
		name: r.name,
		nameEn: r.name_en,
		description: r.description,
		ownerSide: r.owner_side,
		start: shown?.start ?? r.start_date,
		finish: shown?.finish ?? r.finish_date,
		durationDays: Number(r.duration_days),
		isMilestone: r.is_milestone === 1,
		progress: shown?.progress ?? Number(r.progress),
		status: shown?.status ?? r.status,
		actualStart: r.actual_start,
		actualFinish: r.actual_finish,
		assigneeIds,
		hasChildren: pos.hasChildren,
		templateKey: r.template_key,
		version: Number(r.version)
	};
}

export async function getTask(db: Conn, projectId: string, taskId: string): Promise<TaskView> {
	const task = (await listTasks(db, projectId)).find((t) => t.id === taskId);
	if (!task) throw new DomainError('not_found', 'error.notFound');
	return task;
}

/** One task in full, numbered and rolled up from a plan already loaded (so reading it does not read the plan again). */
export async function taskInPlan(
	db: Conn,
	projectId: string,
	taskId: string,
	plan: Pick<LoadedPlan, 'phaseOrder' | 'passedPhases' | 'rows'>
): Promise<TaskView> {
	const [row, assignees] = await Promise.all([
		db
			.selectFrom('tasks')
			.selectAll()
			.where('id', '=', taskId)
			.where('project_id', '=', projectId)
			.executeTakeFirst(),
		db.selectFrom('task_assignees').select('member_id').where('task_id', '=', taskId).execute()
	]);
	if (!row) throw new DomainError('not_found', 'error.notFound');
	const positions = numberWbs(
		plan.phaseOrder,
		plan.rows.map((r) => ({
			id: r.id,
			phaseId: r.phase_id,
			parentId: r.parent_id,
			orderIndex: r.order_index
		}))
	);
	const shown = rolledUp(
		[...plan.passedPhases].map((id) => ({ id, status: 'passed' })),
		plan.rows.map((r) => (r.id === row.id ? { ...r, ...rollUpRowOf(row) } : r))
	);
	return taskView(
		row,
		positions.get(row.id) ?? { wbs: '?', depth: 0, hasChildren: false },
		assignees.map((a) => a.member_id),
		shown.get(row.id)
	);
}

export async function assertPhase(db: Conn, projectId: string, phaseId: string): Promise<void> {
	const phase = await db
		.selectFrom('phases')
		.select('id')
		.where('id', '=', phaseId)
		.where('project_id', '=', projectId)
		.executeTakeFirst();
	if (!phase) throw new DomainError('validation_failed', 'tasks.unknownPhase', { field: 'phaseId' });
}

export async function assertAssignees(
	db: Conn,
	projectId: string,
	memberIds: readonly string[]
): Promise<void> {
	if (!memberIds.length) return;
	const found = await db
		.selectFrom('project_members')
		.select('id')
		.where('project_id', '=', projectId)
		.where('id', 'in', memberIds)
		.execute();
	if (found.length !== new Set(memberIds).size)
		throw new DomainError('validation_failed', 'tasks.unknownAssignee', { field: 'assigneeIds' });
}

/** The phase of a task of this project, or undefined when there is no such task. */
export async function taskPhase(db: Conn, projectId: string, taskId: string): Promise<string | undefined> {
	const row = await db
		.selectFrom('tasks')
		.select(['phase_id'])
		.where('id', '=', taskId)
		.where('project_id', '=', projectId)
		.executeTakeFirst();
	return row?.phase_id;
}

/** The scheduling constraints of the given tasks, by task id. */
export async function taskConstraints(
	db: Conn,
	projectId: string,
	taskIds: readonly string[]
): Promise<Record<string, { type: 'SNET' | 'FNLT' | 'MSO'; date: string }>> {
	if (!taskIds.length) return {};
	const rows = await db
		.selectFrom('tasks')
		.select(['id', 'constraint_type', 'constraint_date'])
		.where('project_id', '=', projectId)
		.where('constraint_type', 'is not', null)
		.where('id', 'in', taskIds)
		.execute();
	return Object.fromEntries(rows.map((r) => [r.id, { type: r.constraint_type!, date: r.constraint_date! }]));
}
