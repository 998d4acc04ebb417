import type { WorkCalendar } from '../scheduling/calendar';
import { fromDay as isoDay, toDay } from '../scheduling/dates';
import { schedule, type Schedule, type ScheduleTask } from '../scheduling/engine';
import {
	addedTaskId,
	applyPlanEdits,
	type EditProblem,
	type PlanEdit,
	type PlanSnapshot
} from './plan-edits';

export interface MovedTask {
	taskId: string;
	name: string;
	isSummary: boolean;
	oldStart: string;
	oldFinish: string;
	newStart: string;
	newFinish: string;
	/** Working days the start moved (negative: earlier). */
	startDelta: number;
	finishDelta: number;
}

export interface CriticalTask {
	taskId: string;
	name: string;
}

/** What a change request would do to the plan, computed by the scheduling engine before anything is written. */
export interface ChangeImpact {
	added: { editIndex: number; name: string; start: string; finish: string; isCritical: boolean }[];
	removed: { taskId: string; name: string }[];
	moved: MovedTask[];
	oldFinish: string;
	newFinish: string;
	/** Working days the project finish moves. */
	finishDelta: number;
	/** The critical path after the change, in start order. */
	criticalPath: CriticalTask[];
	joinedCritical: CriticalTask[];
	leftCritical: CriticalTask[];
	problems: EditProblem[];
}

/** Signed working days from day a to day b (Monday → Tuesday is +1, Tuesday → Monday −1). */
export function workingDelta(calendar: WorkCalendar, a: number, b: number): number {
	if (a === b) return 0;
	return b > a ? calendar.workingDaysBetween(a + 1, b) : -calendar.workingDaysBetween(b + 1, a);
}

/** Runs the engine on a snapshot (throws CycleError for a cycle, as the plan's own recompute does). */
export function scheduleSnapshot(plan: PlanSnapshot, calendar: WorkCalendar): Schedule {
	const tasks: ScheduleTask[] = plan.tasks.map((t) => ({
		id: t.id,
		parentId: t.parentId,
		durationDays: t.durationDays,
		isMilestone: t.isMilestone,
		constraint: t.constraint ? { type: t.constraint.type, day: toDay(t.constraint.date) } : null
	}));
	return schedule(tasks, plan.links, toDay(plan.projectStart), calendar);
}

/**
 * The impact of `edits` on `plan`: both plans are scheduled on the project's working calendar (调休 included),
 * and tasks are compared by their computed dates, so a task that only moves because a predecessor moved is
 * listed too. `before` may be passed when the caller has the current schedule already.
 */
export function changeImpact(
	plan: PlanSnapshot,
	edits: readonly PlanEdit[],
	calendar: WorkCalendar,
	before: Schedule = scheduleSnapshot(plan, calendar)
): ChangeImpact {
	const { plan: next, problems } = applyPlanEdits(plan, edits, calendar);
	// A 2,000-task plan formats the same few hundred days thousands of times: format each once.
	const formatted = new Map<number, string>();
	const fromDay = (day: number) => {
		let iso = formatted.get(day);
		if (iso === undefined) formatted.set(day, (iso = isoDay(day)));
		return iso;
	};
	const after = scheduleSnapshot(next, calendar);
	const names = new Map(next.tasks.map((t) => [t.id, t.name]));
	for (const t of plan.tasks) names.set(t.id, t.name);
	const summaries = new Set(next.tasks.map((t) => t.parentId).filter(Boolean));
	const moved: MovedTask[] = [];
	const removed: ChangeImpact['removed'] = [];
	for (const t of plan.tasks) {
		const was = before.tasks.get(t.id);
		const now = after.tasks.get(t.id);
		if (!now) {
			removed.push({ taskId: t.id, name: t.name });
			continue;
		}
		if (!was || (was.earlyStart === now.earlyStart && was.earlyFinish === now.earlyFinish)) continue;
		moved.push({
			taskId: t.id,
			name: t.name,
			isSummary: summaries.has(t.id),
			oldStart: fromDay(was.earlyStart),
			oldFinish: fromDay(was.earlyFinish),
			newStart: fromDay(now.earlyStart),
			newFinish: fromDay(now.earlyFinish),
			startDelta: workingDelta(calendar, was.earlyStart, now.earlyStart),
			finishDelta: workingDelta(calendar, was.earlyFinish, now.earlyFinish)
		});
	}
	moved.sort((a, b) => (a.newStart < b.newStart ? -1 : a.newStart > b.newStart ? 1 : 0));
	const added: ChangeImpact['added'] = [];
	edits.forEach((e, i) => {
		const s = e.kind === 'add' ? after.tasks.get(addedTaskId(i)) : undefined;
		if (e.kind === 'add' && s)
			added.push({
				editIndex: i,
				name: e.name,
				start: fromDay(s.earlyStart),
				finish: fromDay(s.earlyFinish),
				isCritical: s.isCritical
			});
	});
	const critical = (ids: readonly string[]) =>
		ids.map((taskId) => ({ taskId, name: names.get(taskId) ?? '' }));
	const wasCritical = new Set(before.criticalPath);
	const isCritical = new Set(after.criticalPath);
	return {
		added,
		removed,
		moved,
		oldFinish: fromDay(before.projectFinish),
		newFinish: fromDay(after.projectFinish),
		finishDelta: workingDelta(calendar, before.projectFinish, after.projectFinish),
		criticalPath: critical(after.criticalPath),
		joinedCritical: critical(after.criticalPath.filter((id) => !wasCritical.has(id))),
		leftCritical: critical(before.criticalPath.filter((id) => !isCritical.has(id))),
		problems
	};
}
