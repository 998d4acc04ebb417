import type { Kysely } from 'kysely';
import { isSelfOrDescendant } from '../../phases/wbs';
import { fromDay, toDay } from '../../scheduling/dates';
import type { LinkType } from '../../scheduling/engine';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { newId, nowIso } from '../ids';
import { recordAudit, type Actor } from '../services/audit';
import { computeSchedule, recomputeSchedule } from './schedule';

export interface DependencyView {
	id: string;
	predecessorId: string;
	successorId: string;
	type: LinkType;
	lagDays: number;
}

export async function listDependencies(db: Kysely<Database>, projectId: string): Promise<DependencyView[]> {
	const rows = await db
		.selectFrom('task_dependencies')
		.selectAll()
		.where('project_id', '=', projectId)
		.orderBy('created_at')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		predecessorId: r.predecessor_id,
		successorId: r.successor_id,
		type: r.type,
		lagDays: Number(r.lag_days)
	}));
}

/**
 * Links two tasks of one project, stored once (predecessor → successor; the reverse pair is refused as a
 * duplicate), never a task to itself or to its own ancestor or descendant (a summary already spans its
 * children). The plan is recomputed in the same transaction; a link that closes a cycle is refused with the
 * tasks that form it, and nothing is written.
 */
export async function createDependency(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	input: { predecessorId: string; successorId: string; type: LinkType; lagDays: number }
): Promise<{ dependency: DependencyView; moved: string[] }> {
	return db.transaction().execute(async (trx) => {
		const tasks = await trx
			.selectFrom('tasks')
			.select(['id', 'parent_id'])
			.where('project_id', '=', projectId)
			.execute();
		const parentOf = new Map(tasks.map((t) => [t.id, t.parent_id]));
		if (!parentOf.has(input.predecessorId))
			throw new DomainError('validation_failed', 'plan.unknownTask', { field: 'predecessorId' });
		if (!parentOf.has(input.successorId))
			throw new DomainError('validation_failed', 'plan.unknownTask', { field: 'successorId' });
		if (input.predecessorId === input.successorId)
			throw new DomainError('validation_failed', 'plan.selfLink', { field: 'successorId' });
		if (
			isSelfOrDescendant(input.predecessorId, input.successorId, parentOf) ||
			isSelfOrDescendant(input.successorId, input.predecessorId, parentOf)
		)
			throw new DomainError('validation_failed', 'plan.ancestorLink', { field: 'successorId' });
		const existing = await trx
			.selectFrom('task_dependencies')
			.select('id')
			.where('project_id', '=', projectId)
			.where((eb) =>
				eb.or([
					eb.and([
						eb('predecessor_id', '=', input.predecessorId),
						eb('successor_id', '=', input.successorId)
					]),
					eb.and([eb('predecessor_id', '=', input.successorId), eb('successor_id', '=', input.predecessorId)])
				])
			)
			.executeTakeFirst();
		if (existing) throw new DomainError('conflict', 'plan.duplicateLink', { field: 'successorId' });
		const dependency = { id: newId(), ...input };
		await trx
			.insertInto('task_dependencies')
			.values({
				id: dependency.id,
				project_id: projectId,
				predecessor_id: input.predecessorId,
				successor_id: input.successorId,
				type: input.type,
				lag_days: input.lagDays,
				created_at: nowIso()
			})
			.execute();
		const moved = await recomputeSchedule(trx, projectId);
		await recordAudit(trx, actor, {
			action: 'dependency.create',
			objectType: 'dependency',
			objectId: dependency.id,
			projectId,
			detail: { ...input, moved: moved.length }
		});
		return { dependency, moved };
	});
}

export async function deleteDependency(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	dependencyId: string
): Promise<string[]> {
	return db.transaction().execute(async (trx) => {
		const row = await trx
			.selectFrom('task_dependencies')
			.selectAll()
			.where('id', '=', dependencyId)
			.where('project_id', '=', projectId)
			.executeTakeFirst();
		if (!row) throw new DomainError('not_found', 'error.notFound');
		await trx.deleteFrom('task_dependencies').where('id', '=', dependencyId).execute();
		const moved = await recomputeSchedule(trx, projectId);
		await recordAudit(trx, actor, {
			action: 'dependency.delete',
			objectType: 'dependency',
			objectId: dependencyId,
			projectId,
			detail: { predecessorId: row.predecessor_id, successorId: row.successor_id }
		});
		return moved;
	});
}

/**
 * Moves a task (a Gantt drag): the new start becomes a start-no-earlier-than constraint, the duration may
 * change, and the plan is recomputed in one transaction. A start earlier than the task's links allow is
 * refused with the earliest possible date; the caller's version must be current.
 */
export async function rescheduleTask(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	taskId: string,
	input: { start: string; durationDays?: number; version: number }
): Promise<{ moved: string[] }> {
	return db.transaction().execute(async (trx) => {
		const task = await trx
			.selectFrom('tasks')
			.selectAll()
			.where('id', '=', taskId)
			.where('project_id', '=', projectId)
			.executeTakeFirst();
		if (!task) throw new DomainError('not_found', 'error.notFound');
		if (Number(task.version) !== input.version)
			throw new DomainError('conflict', 'error.versionConflict', {
				current: {
					id: task.id,
					start: task.start_date,
					finish: task.finish_date,
					version: Number(task.version)
				}
			});
		if (await trx.selectFrom('tasks').select('id').where('parent_id', '=', taskId).executeTakeFirst())
			throw new DomainError('validation_failed', 'plan.summaryMove', { field: 'start' });
		const durationDays = task.is_milestone ? 0 : (input.durationDays ?? Number(task.duration_days));
		await trx
			.updateTable('tasks')
			.set({
				constraint_type: 'SNET',
				constraint_date: input.start,
				duration_days: durationDays,
				version: Number(task.version) + 1,
				updated_at: nowIso()
			})
			.where('id', '=', taskId)
			.execute();
		const after = await computeSchedule(trx, projectId);
		const placed = after.tasks.get(taskId)!;
		const wanted = after.calendar.onOrAfter(toDay(input.start));
		if (placed.earlyStart > wanted)
			throw new DomainError('conflict', 'plan.moveRefused', {
				field: 'start',
				params: { earliest: fromDay(placed.earlyStart) }
			});
		const moved = await recomputeSchedule(trx, projectId);
		await recordAudit(trx, actor, {
			action: 'task.reschedule',
			objectType: 'task',
			objectId: taskId,
			projectId,
			detail: { ...input, moved: moved.length }
		});
		return { moved };
	});
}
