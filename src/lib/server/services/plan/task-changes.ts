import { isGateTask } from '../../../phases/rollup';
import type { TaskStatus, TaskView } from '../../../phases/task-model';
import type { OwnerSide } from '../../../phases/types';
import type { WorkCalendar } from '../../../scheduling/calendar';
import { fromDay, toDay } from '../../../scheduling/dates';
import type { TaskRow } from '../../db/schema';
import { DomainError } from '../../errors';
import { nowIso } from '../../ids';

export interface UpdateTaskInput {
	version: number;
	name?: string;
	description?: string;
	ownerSide?: OwnerSide;
	start?: string;
	finish?: string;
	durationDays?: number;
	isMilestone?: boolean;
	progress?: number;
	status?: TaskStatus;
	actualStart?: string | null;
	actualFinish?: string | null;
	assigneeIds?: string[];
	parentId?: string | null;
	phaseId?: string;
}

/** Dates of a task: a milestone is one day; otherwise finish follows from start and working-day duration. */
export function planDates(cal: WorkCalendar, start: string, durationDays: number, isMilestone: boolean) {
	const s = cal.onOrAfter(toDay(start));
	const duration = isMilestone ? 0 : Math.max(1, durationDays);
	return { start: fromDay(s), finish: fromDay(duration === 0 ? s : cal.finishOf(s, duration)), duration };
}

export function applyDates(
	cal: WorkCalendar,
	current: TaskView,
	input: UpdateTaskInput,
	changes: Partial<TaskRow>
) {
	// A form sends every field: a finish equal to the current one is not a request to change it. Moving
	// only the start keeps the duration, as dragging a bar would.
	if (
		input.finish !== undefined &&
		input.finish === current.finish &&
		input.start !== undefined &&
		input.start !== current.start
	)
		input = { ...input, finish: undefined };
	if (
		input.start === undefined &&
		input.finish === undefined &&
		input.durationDays === undefined &&
		input.isMilestone === undefined
	)
		return;
	const isMilestone = input.isMilestone ?? current.isMilestone;
	const start = input.start ?? current.start;
	if (input.start !== undefined && input.start !== current.start)
		Object.assign(changes, { constraint_type: 'SNET', constraint_date: input.start });
	if (input.finish !== undefined && input.finish < start) {
		throw new DomainError('validation_failed', 'tasks.finishBeforeStart', { field: 'finish' });
	}
	if (input.finish !== undefined && input.durationDays === undefined && !isMilestone) {
		// An explicit finish sets the duration: working days from start to finish.
		const s = cal.onOrAfter(toDay(start));
		const f = cal.onOrBefore(toDay(input.finish));
		if (f < s) throw new DomainError('validation_failed', 'tasks.finishBeforeStart', { field: 'finish' });
		Object.assign(changes, {
			start_date: fromDay(s),
			finish_date: fromDay(f),
			duration_days: cal.workingDaysBetween(s, f)
		});
		return;
	}
	const dates = planDates(cal, start, input.durationDays ?? current.durationDays, isMilestone);
	Object.assign(changes, {
		start_date: dates.start,
		finish_date: dates.finish,
		duration_days: dates.duration
	});
}

export function applyProgress(current: TaskView, input: UpdateTaskInput, changes: Partial<TaskRow>) {
	if (input.progress !== undefined) changes.progress = input.progress;
	if (input.actualStart !== undefined) changes.actual_start = input.actualStart;
	if (input.actualFinish !== undefined) changes.actual_finish = input.actualFinish;
	const status = input.status;
	if (!status || status === current.status) return;
	changes.status = status;
	const today = nowIso().slice(0, 10);
	if (status !== 'notStarted' && !current.actualStart && input.actualStart === undefined)
		changes.actual_start = today;
	if (status === 'done') {
		changes.progress = 100;
		if (!current.actualFinish && input.actualFinish === undefined) changes.actual_finish = today;
	}
	const actualStart = changes.actual_start ?? current.actualStart;
	const actualFinish = changes.actual_finish ?? current.actualFinish;
	if (actualStart && actualFinish && actualFinish < actualStart) {
		throw new DomainError('validation_failed', 'tasks.finishBeforeStart', { field: 'actualFinish' });
	}
}

/**
 * Refuses what the roll-up computes: a summary's progress and status come from its subtasks, and a gate review
 * milestone's status from its phase's gate. A form that sends the shown value unchanged is not refused.
 */
export function assertNotRolledUp(current: TaskView, input: UpdateTaskInput, gatePassed: boolean) {
	if (current.hasChildren) {
		if (input.progress !== undefined && input.progress !== current.progress)
			throw new DomainError('validation_failed', 'rollup.summaryProgress', { field: 'progress' });
		if (input.status !== undefined && input.status !== current.status)
			throw new DomainError('validation_failed', 'rollup.summaryStatus', { field: 'status' });
		return;
	}
	if (!isGateTask(current) || input.status === undefined || input.status === current.status) return;
	if (gatePassed) throw new DomainError('validation_failed', 'rollup.gatePassed', { field: 'status' });
	if (input.status === 'done')
		throw new DomainError('validation_failed', 'rollup.gateOpen', { field: 'status' });
}
