import type { TaskStatus } from '../../phases/task-model';
import type { OwnerSide } from '../../phases/types';
import type { Conn } from '../db';
import type { NewTask, TaskRow } from '../db/schema';
import { newId } from '../ids';

/** What every way of adding a task (the form, the API, a template, an import, a kickoff action item) decides. */
export interface NewTaskFields {
	id?: string;
	projectId: string;
	phaseId: string;
	parentId: string | null;
	orderIndex: number;
	name: string;
	nameEn?: string | null;
	description: string;
	ownerSide: OwnerSide;
	isMilestone: boolean;
	start: string;
	finish: string;
	durationDays: number;
	/** A start someone chose is a "start no earlier than": links may push the task later, never earlier. */
	startNoEarlierThan?: string | null;
	templateKey?: string | null;
	progress?: number;
	status?: TaskStatus;
}

/** The one builder of a new task's row. */
export function newTaskRow(f: NewTaskFields, now: string): NewTask {
	return {
		id: f.id ?? newId(),
		project_id: f.projectId,
		phase_id: f.phaseId,
		parent_id: f.parentId,
		template_key: f.templateKey ?? null,
		order_index: f.orderIndex,
		name: f.name,
		name_en: f.nameEn ?? null,
		description: f.description,
		owner_side: f.ownerSide,
		is_milestone: f.isMilestone ? 1 : 0,
		start_date: f.start,
		finish_date: f.finish,
		duration_days: f.durationDays,
		...(f.startNoEarlierThan
			? { constraint_type: 'SNET' as const, constraint_date: f.startNoEarlierThan }
			: {}),
		progress: f.progress ?? 0,
		status: f.status ?? 'notStarted',
		actual_start: null,
		actual_finish: null,
		created_at: now,
		updated_at: now
	};
}

export async function setAssignees(db: Conn, taskId: string, memberIds: readonly string[]): Promise<void> {
	await db.deleteFrom('task_assignees').where('task_id', '=', taskId).execute();
	const unique = [...new Set(memberIds)];
	if (unique.length)
		await db
			.insertInto('task_assignees')
			.values(unique.map((member_id) => ({ task_id: taskId, member_id })))
			.execute();
}

/** The order index after the last child of `parentId` (or of the phase's top level). */
export async function nextOrderIndex(db: Conn, phaseId: string, parentId: string | null): Promise<number> {
	const last = await db
		.selectFrom('tasks')
		.select((eb) => eb.fn.max('order_index').as('max'))
		.where('phase_id', '=', phaseId)
		.where((eb) => (parentId ? eb('parent_id', '=', parentId) : eb('parent_id', 'is', null)))
		.executeTakeFirst();
	return Number(last?.max ?? -1) + 1;
}

/** Inserts task rows, parents first, in slices that stay within every database's parameter limit. */
export async function insertTaskRows(db: Conn, rows: readonly NewTask[], slice = 100): Promise<void> {
	for (let i = 0; i < rows.length; i += slice)
		await db
			.insertInto('tasks')
			.values(rows.slice(i, i + slice))
			.execute();
}

/** Writes changes over `version`; false when another edit got there first. */
export async function updateTaskRow(
	db: Conn,
	taskId: string,
	version: number,
	changes: Partial<TaskRow>,
	updatedAt: string
): Promise<boolean> {
	const res = await db
		.updateTable('tasks')
		.set({ ...changes, updated_at: updatedAt, version: version + 1 })
		.where('id', '=', taskId)
		.where('version', '=', version)
		.executeTakeFirst();
	return Number(res.numUpdatedRows) === 1;
}

export async function setTasksPhase(db: Conn, taskIds: readonly string[], phaseId: string): Promise<void> {
	if (taskIds.length)
		await db.updateTable('tasks').set({ phase_id: phaseId }).where('id', 'in', taskIds).execute();
}

/** Every task under `taskId`, from the plan's parent links. */
export function descendantsIn(
	rows: readonly { id: string; parent_id: string | null }[],
	taskId: string
): string[] {
	const children = new Map<string, string[]>();
	for (const r of rows)
		if (r.parent_id) children.set(r.parent_id, [...(children.get(r.parent_id) ?? []), r.id]);
	const out: string[] = [];
	const walk = (id: string) => {
		for (const c of children.get(id) ?? []) {
			out.push(c);
			walk(c);
		}
	};
	walk(taskId);
	return out;
}

export async function anyStarted(db: Conn, taskIds: readonly string[]): Promise<boolean> {
	const started = await db
		.selectFrom('tasks')
		.select('id')
		.where('id', 'in', taskIds)
		.where('status', 'in', ['inProgress', 'awaitingAcceptance', 'done'])
		.executeTakeFirst();
	return Boolean(started);
}

/** Deletes tasks, given children before parents. */
export async function deleteTaskRows(db: Conn, childrenFirst: readonly string[]): Promise<void> {
	await db.deleteFrom('tasks').where('id', 'in', childrenFirst).execute();
}

export async function siblingOrder(db: Conn, phaseId: string, parentId: string | null): Promise<string[]> {
	const rows = await db
		.selectFrom('tasks')
		.select(['id', 'order_index'])
		.where('phase_id', '=', phaseId)
		.where((eb) => (parentId ? eb('parent_id', '=', parentId) : eb('parent_id', 'is', null)))
		.orderBy('order_index')
		.execute();
	return rows.map((r) => r.id);
}

export async function renumberSiblings(db: Conn, order: readonly string[]): Promise<void> {
	for (const [index, id] of order.entries())
		await db.updateTable('tasks').set({ order_index: index }).where('id', '=', id).execute();
}
