import type { OwnerSide } from '../phases/types';
import type { WorkCalendar } from '../scheduling/calendar';
import { fromDay, toDay } from '../scheduling/dates';
import type { ConstraintType, ScheduleLink } from '../scheduling/engine';

/**
 * The plan edits a change request would make. Each mirrors one existing task service, so the preview computed
 * from them is what applying them through those services produces: `move` sets a start-no-earlier-than (as
 * dragging a bar does), `shift` moves the start by working days, `duration` sets working days, `add` creates a
 * task (linked finish-to-start after its predecessor), `remove` deletes a task with its subtasks.
 */
export type PlanEdit =
	| { kind: 'move'; taskId: string; start: string }
	| { kind: 'shift'; taskId: string; days: number }
	| { kind: 'duration'; taskId: string; durationDays: number }
	| {
			kind: 'add';
			phaseId: string;
			parentId: string | null;
			name: string;
			ownerSide: OwnerSide;
			durationDays: number;
			predecessorId: string | null;
			/** Start no earlier than; the project start when left out (the predecessor then places it). */
			start: string | null;
	  }
	| { kind: 'remove'; taskId: string };

export const PLAN_EDIT_KINDS = ['move', 'shift', 'duration', 'add', 'remove'] as const;
export type PlanEditKind = (typeof PLAN_EDIT_KINDS)[number];
export const MAX_PLAN_EDITS = 200;
/** Statuses in which a task can no longer be deleted (as deleteTask refuses them). */
const STARTED = ['inProgress', 'awaitingAcceptance', 'done'];

/** One task of the plan as the edits and the engine see it. */
export interface PlanTask {
	id: string;
	phaseId: string;
	parentId: string | null;
	name: string;
	durationDays: number;
	isMilestone: boolean;
	constraint: { type: ConstraintType; date: string } | null;
	/** Stored planned dates (YYYY-MM-DD). */
	start: string;
	finish: string;
	status: string;
	progress: number;
}

export interface PlanSnapshot {
	projectStart: string;
	tasks: PlanTask[];
	links: ScheduleLink[];
}

/** An edit the plan cannot take, at the edit's field (`planEdits.3.taskId`). */
export interface EditProblem {
	index: number;
	field: string;
	key:
		| 'change.error.summaryTask'
		| 'change.error.taskStarted'
		| 'change.error.parentOtherPhase'
		| 'change.error.ancestorLink'
		| 'change.error.taskRemoved';
}

/** Every task and phase id the edits name, for the caller to check they are the project's own. */
export function referencedIds(edits: readonly PlanEdit[]): { taskIds: string[]; phaseIds: string[] } {
	const tasks = new Set<string>();
	const phases = new Set<string>();
	for (const e of edits) {
		if (e.kind === 'add') {
			phases.add(e.phaseId);
			if (e.parentId) tasks.add(e.parentId);
			if (e.predecessorId) tasks.add(e.predecessorId);
		} else tasks.add(e.taskId);
	}
	return { taskIds: [...tasks], phaseIds: [...phases] };
}

/** The id an added task has in the preview; the real one is given when the change is applied. */
export const addedTaskId = (index: number) => `added:${index}`;

/** A working-day shift from a start, as the apply step computes it from the task's start at that moment. */
export function shiftedStart(calendar: WorkCalendar, start: string, days: number): string {
	return fromDay(calendar.shift(calendar.onOrAfter(toDay(start)), days));
}

/** The start an added task is created with (planDates moves it to a working day). */
export function addedStart(calendar: WorkCalendar, projectStart: string, edit: { start: string | null }) {
	return fromDay(calendar.onOrAfter(toDay(edit.start ?? projectStart)));
}

/**
 * The plan with the edits made, in memory (the input is not touched), plus the edits it refuses. Task ids the
 * project does not have are the caller's to refuse first (404); here they are skipped.
 */
export function applyPlanEdits(
	plan: PlanSnapshot,
	edits: readonly PlanEdit[],
	calendar: WorkCalendar
): { plan: PlanSnapshot; problems: EditProblem[]; starts: (string | null)[] } {
	const tasks = plan.tasks.map((t) => ({ ...t }));
	let links = plan.links.slice();
	const byId = new Map(tasks.map((t) => [t.id, t]));
	const parents = () => new Set(tasks.map((t) => t.parentId).filter(Boolean));
	const problems: EditProblem[] = [];
	const removed = new Set<string>();
	// The start each move or shift resolves to against the plan before the change, so applying it later lands
	// where the preview showed even after earlier edits re-dated the task.
	const starts: (string | null)[] = edits.map(() => null);
	const problem = (index: number, field: string, key: EditProblem['key']) =>
		problems.push({ index, field, key });

	edits.forEach((e, index) => {
		if (e.kind === 'add') {
			const parent = e.parentId ? byId.get(e.parentId) : undefined;
			if (e.parentId && removed.has(e.parentId))
				return problem(index, 'parentId', 'change.error.taskRemoved');
			if (parent && parent.phaseId !== e.phaseId)
				return problem(index, 'parentId', 'change.error.parentOtherPhase');
			if (e.predecessorId && removed.has(e.predecessorId))
				return problem(index, 'predecessorId', 'change.error.taskRemoved');
			if (e.predecessorId && isAncestor(byId, e.predecessorId, e.parentId))
				return problem(index, 'predecessorId', 'change.error.ancestorLink');
			const id = addedTaskId(index);
			const start = addedStart(calendar, plan.projectStart, e);
			const duration = Math.max(1, e.durationDays);
			const task: PlanTask = {
				id,
				phaseId: e.phaseId,
				parentId: e.parentId,
				name: e.name,
				durationDays: duration,
				isMilestone: false,
				constraint: { type: 'SNET', date: start },
				start,
				finish: fromDay(calendar.finishOf(toDay(start), duration)),
				status: 'notStarted',
				progress: 0
			};
			tasks.push(task);
			byId.set(id, task);
			if (e.predecessorId && byId.has(e.predecessorId))
				links.push({ predecessorId: e.predecessorId, successorId: id, type: 'FS', lagDays: 0 });
			return;
		}
		const task = byId.get(e.taskId);
		if (!task) return;
		if (removed.has(e.taskId)) return problem(index, 'taskId', 'change.error.taskRemoved');
		if (e.kind === 'remove') {
			const ids = [task.id, ...descendants(tasks, task.id)];
			if (ids.some((id) => STARTED.includes(byId.get(id)!.status)))
				return problem(index, 'taskId', 'change.error.taskStarted');
			for (const id of ids) removed.add(id);
			return;
		}
		if (parents().has(task.id)) return problem(index, 'taskId', 'change.error.summaryTask');
		if (e.kind === 'duration') {
			task.durationDays = task.isMilestone ? 0 : Math.max(1, e.durationDays);
			return;
		}
		const start = e.kind === 'move' ? e.start : shiftedStart(calendar, task.start, e.days);
		starts[index] = start;
		// As updateTask: a new start pins the task there (start no earlier than); the same start changes nothing.
		if (start !== task.start) {
			task.constraint = { type: 'SNET', date: start };
			task.start = start;
		}
	});
	links = links.filter((l) => !removed.has(l.predecessorId) && !removed.has(l.successorId));
	return {
		plan: { projectStart: plan.projectStart, tasks: tasks.filter((t) => !removed.has(t.id)), links },
		problems,
		starts
	};
}

function descendants(tasks: readonly PlanTask[], id: string): string[] {
	const out: string[] = [];
	const walk = (p: string) => {
		for (const t of tasks)
			if (t.parentId === p) {
				out.push(t.id);
				walk(t.id);
			}
	};
	walk(id);
	return out;
}

/** Is `candidate` the task `start` itself or one of its ancestors? (A summary already spans its children.) */
function isAncestor(byId: Map<string, PlanTask>, candidate: string, start: string | null): boolean {
	for (let id = start, guard = 0; id && guard < 10_000; id = byId.get(id)?.parentId ?? null, guard++)
		if (id === candidate) return true;
	return false;
}
