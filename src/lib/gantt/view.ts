import type { GanttRow, PlanSlice } from './plan-slice';

/** What frappe-gantt draws for one row. */
export interface GanttTask {
	id: string;
	name: string;
	start: string;
	end: string;
	progress: number;
	dependencies: string;
	custom_class: string;
}

export interface GanttFilter {
	phaseId: string;
	side: string;
	assigneeId: string;
	criticalOnly: boolean;
	collapsed: ReadonlySet<string>;
}

/** What frappe-gantt hands a popup function (its set_* helpers write innerHTML, so the workbench avoids them). */
export interface GanttPopupContext {
	task: { id: string };
	get_title: () => HTMLElement;
	get_subtitle: () => HTMLElement;
	get_details: () => HTMLElement;
}

/** Writes a popup's text as text nodes: a task's name can never become markup in the page. */
export function fillPopup(
	ctx: GanttPopupContext,
	content: { title: string; subtitle?: string; details: string }
) {
	ctx.get_title().textContent = content.title;
	ctx.get_subtitle().textContent = content.subtitle ?? '';
	ctx.get_details().textContent = content.details;
}

/** frappe-gantt writes task names into the SVG as HTML: escape them so a name is always shown as text. */
export function escapeHtml(s: string): string {
	return s
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

/**
 * The rows the chart shows, in WBS order: filtered by phase, owner side, assignee and criticality, without the
 * subtasks of collapsed summaries. A filtered-out task's links are dropped with it.
 */
export function visibleTasks(
	tasks: readonly GanttRow[],
	critical: ReadonlySet<string>,
	filter: GanttFilter
): GanttRow[] {
	const byId = new Map(tasks.map((t) => [t.id, t]));
	const hidden = (t: GanttRow): boolean => {
		for (let p = t.parentId; p; p = byId.get(p)?.parentId ?? null) if (filter.collapsed.has(p)) return true;
		return false;
	};
	return tasks.filter(
		(t) =>
			(!filter.phaseId || t.phaseId === filter.phaseId) &&
			(!filter.side || t.ownerSide === filter.side) &&
			(!filter.assigneeId || t.assigneeIds.includes(filter.assigneeId)) &&
			(!filter.criticalOnly || critical.has(t.id)) &&
			!hidden(t)
	);
}

export function toGanttTask(
	t: GanttRow,
	label: string,
	predecessors: readonly string[],
	critical: boolean
): GanttTask {
	return {
		id: t.id,
		name: escapeHtml(label),
		start: t.start,
		end: t.finish,
		progress: t.progress,
		dependencies: predecessors.join(','),
		// frappe-gantt adds custom_class as one class token, so the kinds combine into one name.
		custom_class: `bar-${t.hasChildren ? 'summary' : t.isMilestone ? 'milestone' : 'task'}${critical ? '-critical' : ''}`
	};
}

/** The rows in view as frappe-gantt tasks, linked to the predecessors among them. */
export function ganttTasksOf(
	slice: GanttRow[],
	links: PlanSlice['links'],
	label: (t: GanttRow) => string,
	critical: ReadonlySet<string>
): GanttTask[] {
	const preds = predecessorsWithin(slice, links);
	return slice.map((t) => toGanttTask(t, label(t), preds.get(t.id) ?? [], critical.has(t.id)));
}

/** A browser-local date as YYYY-MM-DD (the chart works in local midnight dates). */
export function localIso(d: Date): string {
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Working days from start to end inclusive, given the calendar's non-working dates. */
export function workingDaysIn(start: Date, end: Date, offDays: ReadonlySet<string>): number {
	let n = 0;
	for (
		let t = new Date(start.getFullYear(), start.getMonth(), start.getDate()).getTime();
		t <= end.getTime();
		t += 86_400_000
	) {
		// Noon avoids a daylight-saving hour pushing the date into the neighbouring day.
		if (!offDays.has(localIso(new Date(t + 43_200_000)))) n++;
	}
	return n;
}

/** Each shown task's predecessors among the shown tasks: arrows to rows out of view are not drawn. */
export function predecessorsWithin(
	shown: readonly { id: string }[],
	links: readonly (readonly [predecessorId: string, successorId: string])[]
): Map<string, string[]> {
	const ids = new Set(shown.map((t) => t.id));
	const preds = new Map<string, string[]>();
	for (const [p, s] of links) if (ids.has(p) && ids.has(s)) preds.set(s, [...(preds.get(s) ?? []), p]);
	return preds;
}

/** Calendar days from an ISO date to a browser-local date (time of day ignored). */
export function daysFrom(iso: string, to: Date): number {
	const a = new Date(`${iso}T00:00:00`).getTime();
	const b = new Date(to.getFullYear(), to.getMonth(), to.getDate()).getTime();
	return Math.round((b - a) / 86_400_000);
}

/** The plan with the server's fresh copies of some tasks swapped in, order kept. */
export function mergeTasks<T extends { id: string }>(tasks: readonly T[], updated: readonly T[]): T[] {
	const byId = new Map(updated.map((u) => [u.id, u]));
	return tasks.map((t) => byId.get(t.id) ?? t);
}

/** What a drop at new dates saves: the server's start and finish, on the project's working days. */
export interface PlannedMove {
	/** The day the server starts the task: the dropped day, or the next working day after it. */
	start: string;
	finish: string;
	/** Working days; sent only when the bar was resized (a whole move keeps the task's duration). */
	durationDays: number;
	resized: boolean;
}

/**
 * Where a bar dropped (or being dragged) at start..end will be saved: moved whole, it keeps its working-day
 * duration; resized, it takes the working days it now spans. The start moves to a working day and the finish
 * is counted on from it in working days, as the server's scheduler does (a milestone is one day).
 */
export function plannedMove(
	task: Pick<GanttRow, 'start' | 'finish' | 'durationDays' | 'isMilestone'>,
	start: Date,
	end: Date,
	offDays: ReadonlySet<string>
): PlannedMove {
	const resized = daysFrom(task.start, start) !== daysFrom(task.finish, end);
	const durationDays = resized ? Math.max(1, workingDaysIn(start, end, offDays)) : task.durationDays;
	const day = new Date(start.getFullYear(), start.getMonth(), start.getDate(), 12);
	while (offDays.has(localIso(day))) day.setDate(day.getDate() + 1);
	const first = localIso(day);
	for (let left = task.isMilestone ? 0 : durationDays - 1; left > 0;) {
		day.setDate(day.getDate() + 1);
		if (!offDays.has(localIso(day))) left--;
	}
	return { start: first, finish: localIso(day), durationDays, resized };
}
