import type { Kysely } from 'kysely';
import { openingRow, sliceStart } from '../gantt/opening';
import { packRow, spanOf, type PlanSlice, type PlanSpan } from '../gantt/plan-slice';
import type { TaskView } from '../phases/task-model';
import type { Database } from './db/schema';
import { DomainError } from './errors';
import { listDependencies } from './repo/dependencies';
import { baselineTasks } from './repo/plan-baselines';
import { computeSchedule, type ProjectSchedule } from './repo/schedule';
import { listFirstTasks, listTasks, taskDateRange } from './repo/tasks';

type Link = { predecessorId: string; successorId: string };

/** The whole plan as the Gantt chart draws it, with the chosen baseline's dates (an unknown baseline shows none). */
export async function readGanttPlan(
	db: Kysely<Database>,
	projectId: string,
	baselineId: string
): Promise<PlanSlice> {
	// One step at a time with a turn for waiting requests between: on SQLite each step runs synchronously, and
	// on a plan at the task limit each takes a noticeable fraction of a second.
	const tasks = await listTasks(db, projectId);
	await yieldToRequests();
	const schedule = await computeSchedule(db, projectId);
	await yieldToRequests();
	const links = await listDependencies(db, projectId);
	await yieldToRequests();
	return sliceOf(tasks, schedule, links, await baselineDates(db, projectId, baselineId));
}

const yieldToRequests = () => new Promise((resolve) => setImmediate(resolve));

export interface GanttOpeningRead {
	slice: PlanSlice;
	taskCount: number;
	span: PlanSpan;
	schedule: ProjectSchedule;
	/** The slice's first row in the whole plan (WBS order). */
	offset: number;
	/** The row the chart opens at (whole-plan index): the first whose work is current or next. */
	openingRow: number;
}

/**
 * `limit` rows of the plan in WBS order around the row whose work is current or next on `today`, as
 * readGanttPlan gives them, with the whole plan's task count and span, so a first screen is sized and scaled
 * like the whole. Only those rows are read in full; the schedule is still computed over the whole plan, since
 * which rows are critical depends on all of it.
 */
export async function readGanttOpening(
	db: Kysely<Database>,
	projectId: string,
	projectStart: string,
	baselineId: string,
	limit: number,
	today: string,
	/** Rows the chart draws above the first one in view. */
	margin: number
): Promise<GanttOpeningRead> {
	let opening = 0;
	const [{ tasks, total, offset }, schedule, links, range] = await Promise.all([
		listFirstTasks(db, projectId, limit, (outline) => {
			opening = openingRow(outline, today);
			return sliceStart(opening, margin);
		}),
		computeSchedule(db, projectId),
		listDependencies(db, projectId),
		taskDateRange(db, projectId)
	]);
	return {
		slice: sliceOf(tasks, schedule, links, await baselineDates(db, projectId, baselineId)),
		taskCount: total,
		span: spanOf(range ? [range] : [], projectStart),
		schedule,
		offset,
		openingRow: opening
	};
}

function sliceOf(
	tasks: TaskView[],
	schedule: ProjectSchedule,
	links: Link[],
	baseline: Map<string, [string, string]>
): PlanSlice {
	const ids = new Set(tasks.map((t) => t.id));
	const dates: PlanSlice['baseline'] = {};
	for (const t of tasks) {
		const b = baseline.get(t.id);
		if (b) dates[t.id] = b;
	}
	return {
		rows: tasks.map(packRow),
		critical: tasks.filter((t) => schedule.tasks.get(t.id)?.isCritical).map((t) => t.id),
		links: links
			.filter((l) => ids.has(l.predecessorId) && ids.has(l.successorId))
			.map((l) => [l.predecessorId, l.successorId]),
		baseline: dates
	};
}

async function baselineDates(
	db: Kysely<Database>,
	projectId: string,
	baselineId: string
): Promise<Map<string, [string, string]>> {
	if (!baselineId) return new Map();
	try {
		return new Map((await baselineTasks(db, projectId, baselineId)).map((t) => [t.id, [t.start, t.finish]]));
	} catch (e) {
		if (!(e instanceof DomainError)) throw e;
		return new Map();
	}
}
