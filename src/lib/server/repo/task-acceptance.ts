import type { TaskStatus } from '../../phases/task-model';
import type { Conn } from '../db';

// A task's status as its acceptance review moves it: the sign-off side of the tasks table, kept apart from the
// plan's own writes so sign-off use cases need nothing from the task use cases.

export async function taskStatusOf(db: Conn, taskId: string): Promise<TaskStatus> {
	const task = await db
		.selectFrom('tasks')
		.select('status')
		.where('id', '=', taskId)
		.executeTakeFirstOrThrow();
	return task.status;
}

/** 待验收: the task is in front of its signers. */
export async function markAwaitingAcceptance(db: Conn, taskId: string, at: string): Promise<void> {
	await db
		.updateTable('tasks')
		.set({ status: 'awaitingAcceptance', updated_at: at })
		.where('id', '=', taskId)
		.execute();
}

/** 已完成 through acceptance: full progress, and the actual finish unless one was already recorded. */
export async function markAccepted(db: Conn, taskId: string, at: string): Promise<void> {
	await db
		.updateTable('tasks')
		.set({ status: 'done', progress: 100, updated_at: at })
		.where('id', '=', taskId)
		.execute();
	await db
		.updateTable('tasks')
		.set({ actual_finish: at.slice(0, 10) })
		.where('id', '=', taskId)
		.where('actual_finish', 'is', null)
		.execute();
}

/** A rejected acceptance sends the task back to work. */
export async function markRejected(db: Conn, taskId: string, at: string): Promise<void> {
	await db
		.updateTable('tasks')
		.set({ status: 'inProgress', updated_at: at })
		.where('id', '=', taskId)
		.execute();
}
