import { isSelfOrDescendant } from '../../../phases/wbs';
import { fromDay, toDay } from '../../../scheduling/dates';
import type { LinkType } from '../../../scheduling/engine';
import type { Conn } from '../../db';
import { DomainError } from '../../errors';
import { newId, nowIso } from '../../ids';
import { recordAudit, type Actor } from '../audit';
import { projectCalendar } from '../../repo/calendars';
import {
	deleteDependencyRow,
	findDependency,
	insertDependencies,
	linkedEitherWay,
	type DependencyView
} from '../../repo/dependencies';
import { loadPlan, scheduleOf, writeScheduledDates } from '../../repo/schedule';
import { updateTaskRow } from '../../repo/task-rows';
import { recomputeSchedule } from './schedule';
import { inTransaction } from '../transaction';

/**
 * Links two tasks of one project, stored once (predecessor → successor; the reverse pair is refused as a
 * duplicate), never a task to itself or to its own ancestor or descendant (a summary already spans its
 * children). The plan is recomputed in the same transaction; a link that closes a cycle is refused with the
 * tasks that form it, and nothing is written.
 */
export async function createDependency(
	db: Conn,
	actor: Actor,
	projectId: string,
	input: { predecessorId: string; successorId: string; type: LinkType; lagDays: number }
): Promise<{ dependency: DependencyView; moved: string[] }> {
	return inTransaction(db, async (trx) => {
		const plan = await loadPlan(trx, projectId);
		const parentOf = new Map(plan.rows.map((t) => [t.id, t.parent_id]));
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
		if (await linkedEitherWay(trx, projectId, input.predecessorId, input.successorId))
			throw new DomainError('conflict', 'plan.duplicateLink', { field: 'successorId' });
		const dependency = { id: newId(), ...input };
		await insertDependencies(trx, projectId, [{ ...dependency, createdAt: nowIso() }]);
		plan.links.push(dependency);
		const { moved } = await recomputeSchedule(trx, projectId, { plan });
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
	db: Conn,
	actor: Actor,
	projectId: string,
	dependencyId: string
): Promise<string[]> {
	return inTransaction(db, async (trx) => {
		const row = await findDependency(trx, projectId, dependencyId);
		if (!row) throw new DomainError('not_found', 'error.notFound');
		await deleteDependencyRow(trx, dependencyId);
		const { moved } = await recomputeSchedule(trx, projectId);
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
	db: Conn,
	actor: Actor,
	projectId: string,
	taskId: string,
	input: { start: string; durationDays?: number; version: number }
): Promise<{ moved: string[] }> {
	return inTransaction(db, async (trx) => {
		const [calendar, plan] = await Promise.all([projectCalendar(trx, projectId), loadPlan(trx, projectId)]);
		const task = plan.rows.find((r) => r.id === taskId);
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
		if (plan.rows.some((r) => r.parent_id === taskId))
			throw new DomainError('validation_failed', 'plan.summaryMove', { field: 'start' });
		const changes = {
			constraint_type: 'SNET' as const,
			constraint_date: input.start,
			duration_days: task.is_milestone ? 0 : (input.durationDays ?? Number(task.duration_days))
		};
		await updateTaskRow(trx, taskId, Number(task.version), changes, nowIso());
		Object.assign(task, changes, { version: Number(task.version) + 1 });
		const after = scheduleOf(plan, calendar);
		const placed = after.tasks.get(taskId)!;
		if (placed.earlyStart > calendar.onOrAfter(toDay(input.start)))
			throw new DomainError('conflict', 'plan.moveRefused', {
				field: 'start',
				params: { earliest: fromDay(placed.earlyStart) }
			});
		const moved = await writeScheduledDates(trx, plan, after);
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
