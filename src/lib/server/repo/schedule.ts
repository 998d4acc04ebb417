import type { WorkCalendar } from '../../scheduling/calendar';
import { fromDay, toDay } from '../../scheduling/dates';
import {
	CycleError,
	schedule,
	type Schedule,
	type ScheduleLink,
	type ScheduleTask
} from '../../scheduling/engine';
import type { Conn } from '../db';
import type { TaskRow } from '../db/schema';
import { DomainError } from '../errors';
import { nowIso } from '../ids';
import { projectCalendar } from './calendars';

export interface ProjectSchedule extends Schedule {
	calendar: WorkCalendar;
	/** Years the plan touches for which the calendar has no official arrangement (plain weekends used). */
	missingYears: number[];
}

/** The columns of every task a recompute, the WBS numbering and the outline checks need. */
export type PlanRow = Pick<
	TaskRow,
	| 'id'
	| 'phase_id'
	| 'parent_id'
	| 'order_index'
	| 'duration_days'
	| 'is_milestone'
	| 'constraint_type'
	| 'constraint_date'
	| 'start_date'
	| 'finish_date'
	| 'version'
	| 'name'
	| 'progress'
	| 'status'
	| 'template_key'
>;

/** A project's whole plan, read once: its start, its phases' order, every task (narrow columns) and link. */
export interface LoadedPlan {
	projectStart: string;
	phaseOrder: Map<string, number>;
	/** Phases whose gate has passed (their gate tasks read done). */
	passedPhases: Set<string>;
	rows: PlanRow[];
	links: ScheduleLink[];
}

export async function loadPlan(db: Conn, projectId: string): Promise<LoadedPlan> {
	const [project, phases, rows, links] = await Promise.all([
		db.selectFrom('projects').select(['start_date']).where('id', '=', projectId).executeTakeFirstOrThrow(),
		db
			.selectFrom('phases')
			.select(['id', 'order_index', 'status'])
			.where('project_id', '=', projectId)
			.execute(),
		db
			.selectFrom('tasks')
			.select([
				'id',
				'phase_id',
				'parent_id',
				'order_index',
				'duration_days',
				'is_milestone',
				'constraint_type',
				'constraint_date',
				'start_date',
				'finish_date',
				'version',
				'name',
				'progress',
				'status',
				'template_key'
			])
			.where('project_id', '=', projectId)
			.execute(),
		db
			.selectFrom('task_dependencies')
			.select(['predecessor_id', 'successor_id', 'type', 'lag_days'])
			.where('project_id', '=', projectId)
			.execute()
	]);
	return {
		projectStart: project.start_date,
		phaseOrder: new Map(phases.map((p) => [p.id, Number(p.order_index)])),
		passedPhases: new Set(phases.filter((p) => p.status === 'passed').map((p) => p.id)),
		rows,
		links: links.map((l) => ({
			predecessorId: l.predecessor_id,
			successorId: l.successor_id,
			type: l.type,
			lagDays: Number(l.lag_days)
		}))
	};
}

/** Schedules a loaded plan; a cycle is a refusal the user can act on: it names the tasks that form it. */
export function scheduleOf(plan: LoadedPlan, calendar: WorkCalendar): ProjectSchedule {
	const tasks: ScheduleTask[] = plan.rows.map((r) => ({
		id: r.id,
		parentId: r.parent_id,
		durationDays: Number(r.duration_days),
		isMilestone: r.is_milestone === 1,
		constraint:
			r.constraint_type && r.constraint_date
				? { type: r.constraint_type, day: toDay(r.constraint_date) }
				: null
	}));
	const projectStart = toDay(plan.projectStart);
	let result: Schedule;
	try {
		result = schedule(tasks, plan.links, projectStart, calendar);
	} catch (e) {
		if (!(e instanceof CycleError)) throw e;
		const names = new Map(plan.rows.map((r) => [r.id, r.name]));
		throw new DomainError('conflict', 'plan.cycle', {
			params: { tasks: e.taskIds.map((id) => names.get(id) ?? id).join(' → ') },
			field: 'predecessorId'
		});
	}
	return { ...result, calendar, missingYears: calendar.missingYears(projectStart, result.projectFinish) };
}

/** The schedule as it stands (read-only): for pages and API answers that show slack and the critical path. */
export async function computeSchedule(
	db: Conn,
	projectId: string,
	calendar?: WorkCalendar
): Promise<ProjectSchedule> {
	const [plan, cal] = await Promise.all([
		loadPlan(db, projectId),
		calendar ?? projectCalendar(db, projectId)
	]);
	return scheduleOf(plan, cal);
}

/**
 * Writes every task whose dates a schedule changed (bumping its version, so an editor holding the old dates
 * sees a conflict, not a silent overwrite) and updates the loaded rows to match. Returns the moved ids.
 */
export async function writeScheduledDates(
	trx: Conn,
	plan: LoadedPlan,
	result: ProjectSchedule
): Promise<string[]> {
	const moved: string[] = [];
	const now = nowIso();
	const isSummary = new Set(plan.rows.map((r) => r.parent_id).filter(Boolean));
	for (const row of plan.rows) {
		const t = result.tasks.get(row.id);
		if (!t) continue;
		const start = fromDay(t.earlyStart);
		const finish = fromDay(t.earlyFinish);
		if (start === row.start_date && finish === row.finish_date) continue;
		moved.push(row.id);
		const duration = isSummary.has(row.id)
			? result.calendar.workingDaysBetween(t.earlyStart, t.earlyFinish)
			: undefined;
		const version = Number(row.version) + 1;
		await trx
			.updateTable('tasks')
			.set({
				start_date: start,
				finish_date: finish,
				...(duration !== undefined ? { duration_days: duration } : {}),
				version,
				updated_at: now
			})
			.where('id', '=', row.id)
			.execute();
		Object.assign(row, { start_date: start, finish_date: finish, version });
		if (duration !== undefined) row.duration_days = duration;
	}
	return moved;
}
