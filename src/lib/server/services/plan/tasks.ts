import type { TaskView } from '../../../phases/task-model';
import type { OwnerSide } from '../../../phases/types';
import { isSelfOrDescendant } from '../../../phases/wbs';
import type { Conn } from '../../db';
import type { TaskRow } from '../../db/schema';
import { DomainError } from '../../errors';
import { nowIso } from '../../ids';
import { recordAudit, type Actor } from '../audit';
import { projectCalendar } from '../../repo/calendars';
import { findMembership } from '../../repo/members';
import { loadPlan, type LoadedPlan, type ProjectSchedule } from '../../repo/schedule';
import { assertTaskRoom } from '../../repo/task-limit';
import {
	anyStarted,
	deleteTaskRows,
	descendantsIn,
	insertTaskRows,
	newTaskRow,
	nextOrderIndex,
	renumberSiblings,
	setAssignees,
	setTasksPhase,
	siblingOrder,
	updateTaskRow
} from '../../repo/task-rows';
import { assertAssignees, assertPhase, taskInPlan, taskPhase } from '../../repo/tasks';
import { voidPlanApprovals } from '../signoff/approval';
import { submitInTransaction } from '../signoff/review';
import { recomputeSchedule } from './schedule';
import {
	applyDates,
	applyProgress,
	assertNotRolledUp,
	planDates,
	type UpdateTaskInput
} from './task-changes';
import { assertStatusNotUnderReview, needsAcceptance } from './task-review';
import { inTransaction } from '../transaction';

export type { UpdateTaskInput } from './task-changes';

export interface CreateTaskInput {
	phaseId: string;
	parentId?: string | null;
	name: string;
	description: string;
	ownerSide: OwnerSide;
	start: string;
	durationDays: number;
	isMilestone: boolean;
	assigneeIds: string[];
}

/** Adds a task and recomputes the plan; inside the caller's transaction when `db` is one. */
export async function createTask(
	db: Conn,
	actor: Actor,
	projectId: string,
	input: CreateTaskInput
): Promise<TaskView> {
	return (await addTask(db, actor, projectId, input)).task;
}

/** createTask, also answering with the schedule it committed (for slack and the critical path). */
export async function addTask(
	db: Conn,
	actor: Actor,
	projectId: string,
	input: CreateTaskInput
): Promise<{ task: TaskView; schedule: ProjectSchedule }> {
	return inTransaction(db, async (trx) => {
		await assertTaskRoom(trx, projectId, 1);
		await assertPhase(trx, projectId, input.phaseId);
		const parentId = input.parentId ?? null;
		if (parentId) {
			const parentPhase = await taskPhase(trx, projectId, parentId);
			if (!parentPhase)
				throw new DomainError('validation_failed', 'tasks.unknownParent', { field: 'parentId' });
			if (parentPhase !== input.phaseId)
				throw new DomainError('validation_failed', 'tasks.parentOtherPhase', { field: 'parentId' });
		}
		await assertAssignees(trx, projectId, input.assigneeIds);
		const calendar = await projectCalendar(trx, projectId);
		const dates = planDates(calendar, input.start, input.durationDays, input.isMilestone);
		const row = newTaskRow(
			{
				projectId,
				phaseId: input.phaseId,
				parentId,
				orderIndex: await nextOrderIndex(trx, input.phaseId, parentId),
				name: input.name,
				description: input.description,
				ownerSide: input.ownerSide,
				isMilestone: input.isMilestone,
				start: dates.start,
				finish: dates.finish,
				durationDays: dates.duration,
				startNoEarlierThan: dates.start
			},
			nowIso()
		);
		await insertTaskRows(trx, [row]);
		await setAssignees(trx, row.id, input.assigneeIds);
		await recordAudit(trx, actor, {
			action: 'task.create',
			objectType: 'task',
			objectId: row.id,
			projectId,
			detail: { name: input.name }
		});
		const { schedule, plan } = await recomputeSchedule(trx, projectId, { calendar });
		return { task: await taskInPlan(trx, projectId, row.id, plan), schedule };
	});
}

/** Applies an edit over the version the user saw; a stale version is a conflict carrying the current task. */
export async function updateTask(
	db: Conn,
	actor: Actor,
	projectId: string,
	taskId: string,
	input: UpdateTaskInput
): Promise<TaskView> {
	return (await editTask(db, actor, projectId, taskId, input)).task;
}

/**
 * updateTask, reading the calendar and the plan once: `authorize` sees the task as it stands before anything is
 * written, and the answer carries the schedule the edit committed.
 */
export async function editTask(
	db: Conn,
	actor: Actor,
	projectId: string,
	taskId: string,
	input: UpdateTaskInput,
	authorize?: (current: TaskView) => void
): Promise<{ task: TaskView; schedule: ProjectSchedule }> {
	return inTransaction(db, async (trx) => {
		const [calendar, plan] = await Promise.all([projectCalendar(trx, projectId), loadPlan(trx, projectId)]);
		const current = await taskInPlan(trx, projectId, taskId, plan);
		authorize?.(current);
		if (current.version !== input.version)
			throw new DomainError('conflict', 'error.versionConflict', { current });
		assertNotRolledUp(current, input, plan.passedPhases.has(current.phaseId));
		await assertStatusNotUnderReview(trx, projectId, current, input.status);
		const forAcceptance = await needsAcceptance(trx, projectId, current, input.status);
		if (forAcceptance) input = { ...input, status: 'awaitingAcceptance' };
		const changes: Partial<TaskRow> = {};
		if (input.name !== undefined && input.name !== current.name)
			Object.assign(changes, { name: input.name, name_en: null });
		if (input.description !== undefined) changes.description = input.description;
		if (input.ownerSide !== undefined) changes.owner_side = input.ownerSide;
		if (input.isMilestone !== undefined) changes.is_milestone = input.isMilestone ? 1 : 0;

		await applyMove(trx, projectId, plan, current, input, changes);
		applyDates(calendar, current, input, changes);
		applyProgress(current, input, changes);

		if (input.assigneeIds) {
			await assertAssignees(trx, projectId, input.assigneeIds);
			await setAssignees(trx, taskId, input.assigneeIds);
		}
		if (!(await updateTaskRow(trx, taskId, current.version, changes, nowIso())))
			throw new DomainError('conflict', 'error.versionConflict', { current });
		// The plan read above stays the one the recompute uses: bring the edited row in step with what was written.
		const row = plan.rows.find((r) => r.id === taskId)!;
		for (const key of Object.keys(row) as (keyof typeof row)[])
			if (key in changes) Object.assign(row, { [key]: changes[key] });
		row.version = current.version + 1;
		await recordAudit(trx, actor, {
			action: 'task.update',
			objectType: 'task',
			objectId: taskId,
			projectId,
			detail: { ...changes, assigneeIds: input.assigneeIds }
		});
		await voidPlanApprovals(trx, actor, projectId, { taskIds: [taskId] });
		if (forAcceptance) {
			const member = actor.userId ? await findMembership(trx, projectId, actor.userId) : undefined;
			if (!member) throw new DomainError('forbidden', 'signoff.acceptanceRequired', { field: 'status' });
			await submitInTransaction(trx, actor, member, projectId, { type: 'task', id: taskId }, '');
		}
		const { schedule } = await recomputeSchedule(trx, projectId, { calendar, plan });
		return { task: await taskInPlan(trx, projectId, taskId, plan), schedule };
	});
}

async function applyMove(
	trx: Conn,
	projectId: string,
	plan: LoadedPlan,
	current: TaskView,
	input: UpdateTaskInput,
	changes: Partial<TaskRow>
) {
	const phaseId = input.phaseId ?? current.phaseId;
	const parentId = input.parentId === undefined ? current.parentId : input.parentId;
	if (phaseId === current.phaseId && parentId === current.parentId) return;
	if (phaseId !== current.phaseId) await assertPhase(trx, projectId, phaseId);
	if (parentId) {
		const parent = plan.rows.find((t) => t.id === parentId);
		if (!parent) throw new DomainError('validation_failed', 'tasks.unknownParent', { field: 'parentId' });
		if (isSelfOrDescendant(current.id, parentId, new Map(plan.rows.map((t) => [t.id, t.parent_id])))) {
			throw new DomainError('validation_failed', 'tasks.moveUnderDescendant', { field: 'parentId' });
		}
		if (parent.phase_id !== phaseId)
			throw new DomainError('validation_failed', 'tasks.parentOtherPhase', { field: 'parentId' });
	}
	changes.phase_id = phaseId;
	changes.parent_id = parentId;
	// A subtree moves with its root: descendants follow it into the new phase.
	if (phaseId !== current.phaseId) {
		const descendants = descendantsIn(plan.rows, current.id);
		await setTasksPhase(trx, descendants, phaseId);
		for (const r of plan.rows) if (descendants.includes(r.id)) r.phase_id = phaseId;
	}
	changes.order_index = await nextOrderIndex(trx, phaseId, parentId);
}

/** Deletes a task with its subtasks; refused while any of them is under way or finished. */
export async function deleteTask(
	db: Conn,
	actor: Actor,
	projectId: string,
	taskId: string,
	version?: number
): Promise<void> {
	await inTransaction(db, async (trx) => {
		const plan = await loadPlan(trx, projectId);
		const current = await taskInPlan(trx, projectId, taskId, plan);
		if (version !== undefined && version !== current.version)
			throw new DomainError('conflict', 'error.versionConflict', { current });
		const ids = [taskId, ...descendantsIn(plan.rows, taskId)];
		if (await anyStarted(trx, ids)) throw new DomainError('conflict', 'tasks.deleteStarted');
		await deleteTaskRows(trx, ids.reverse());
		await recordAudit(trx, actor, {
			action: 'task.delete',
			objectType: 'task',
			objectId: taskId,
			projectId,
			detail: { name: current.name, subtasks: ids.length - 1 }
		});
		await voidPlanApprovals(trx, actor, projectId, { rowsChanged: true });
		await recomputeSchedule(trx, projectId);
	});
}

/** Swaps a task with its previous or next sibling. */
export async function moveTask(
	db: Conn,
	actor: Actor,
	projectId: string,
	taskId: string,
	direction: 'up' | 'down'
): Promise<void> {
	await inTransaction(db, async (trx) => {
		const plan = await loadPlan(trx, projectId);
		const task = plan.rows.find((r) => r.id === taskId);
		if (!task) throw new DomainError('not_found', 'error.notFound');
		const order = await siblingOrder(trx, task.phase_id, task.parent_id);
		const i = order.indexOf(taskId);
		const j = direction === 'up' ? i - 1 : i + 1;
		if (j < 0 || j >= order.length) return;
		// Renumber the whole sibling list so duplicate order values can never make the swap a no-op.
		[order[i], order[j]] = [order[j], order[i]];
		await renumberSiblings(trx, order);
		for (const r of plan.rows) if (order.includes(r.id)) r.order_index = order.indexOf(r.id);
		await recordAudit(trx, actor, {
			action: 'task.move',
			objectType: 'task',
			objectId: taskId,
			projectId,
			detail: { direction }
		});
		await recomputeSchedule(trx, projectId, { plan });
	});
}
