import { MAX_TASKS_PER_PROJECT } from '../../phases/limits';
import { DomainError } from '../errors';
import type { Conn } from '../db';

export const tooManyTasks = (count: number, adding: number) =>
	new DomainError('validation_failed', 'limits.tooManyTasks', {
		params: { max: MAX_TASKS_PER_PROJECT, count, adding }
	});

/**
 * Refuses to add `adding` tasks when the project would then hold more than MAX_TASKS_PER_PROJECT. Call it
 * inside the transaction that inserts them, before the inserts: it takes the project's row lock first, so two
 * imports racing on PostgreSQL queue here instead of both passing the count (SQLite runs them in turn anyway).
 */
export async function assertTaskRoom(trx: Conn, projectId: string, adding: number): Promise<void> {
	if (adding <= 0) return;
	await trx
		.updateTable('projects')
		.set((eb) => ({ updated_at: eb.ref('updated_at') }))
		.where('id', '=', projectId)
		.execute();
	const row = await trx
		.selectFrom('tasks')
		.select((eb) => eb.fn.countAll().as('n'))
		.where('project_id', '=', projectId)
		.executeTakeFirst();
	const count = Number(row?.n ?? 0);
	if (count + adding > MAX_TASKS_PER_PROJECT) throw tooManyTasks(count, adding);
}
