import { todayIn, WINDOW_MARGIN } from '$lib/gantt/opening';
import { fromDay, toDay } from '$lib/scheduling/dates';
import type { PlanOpening } from '$lib/gantt/plan-state.svelte';
import type { Project } from '$lib/projects/views';
import { db } from '$lib/server/app';
import { readGanttOpening } from '$lib/server/gantt-plan';

// A tall window shows ~25 rows; the chart draws a margin around them. The rest is fetched from ./plan.
const FIRST_SCREEN_ROWS = 60;

export interface GanttOpening extends PlanOpening {
	offDays: string[];
	missingYears: number[];
}

/** The first screen of the Gantt page: its rows, the whole plan's size and span, and the calendar over it. */
export async function readOpening(project: Project, baselineId: string): Promise<GanttOpening> {
	// The database calls are synchronous underneath: yield once so the page's shell is written out first.
	await new Promise((resolve) => setImmediate(resolve));
	const today = todayIn(project.timeZone);
	const plan = await readGanttOpening(
		db(),
		project.id,
		project.startDate,
		baselineId,
		FIRST_SCREEN_ROWS,
		today,
		WINDOW_MARGIN
	);
	// Non-working days over the plan's span (with margin), so the chart can shade holidays and not make-up days.
	const first = toDay(plan.span.start) - 90;
	const last = Math.max(toDay(plan.span.finish), toDay(project.goLiveDate)) + 120;
	const offDays: string[] = [];
	for (let d = first; d <= last; d++) if (!plan.schedule.calendar.isWorkingDay(d)) offDays.push(fromDay(d));
	return {
		slice: plan.slice,
		taskCount: plan.taskCount,
		span: plan.span,
		projectStart: project.startDate,
		baselineId,
		offset: plan.offset,
		openingRow: plan.openingRow,
		today,
		offDays,
		missingYears: plan.schedule.missingYears
	};
}
