import type { WorkCalendar } from '../../scheduling/calendar';
import { fromDay, toDay } from '../../scheduling/dates';
import {
	CycleError,
	schedule,
	type Schedule,
	type ScheduleLink,
	type ScheduleTask
} from '../../scheduling/engine';
import { DomainError } from '../errors';
import { nowIso } from '../ids';
import { projectCalendar } from './calendars';
import type { Conn } from '../db';

export interface ProjectSchedule extends Schedule {
	calendar: WorkCalendar;
	/** Years the plan touches for which the calendar has no official arrangement (plain weekends used). */
	missingYears: number[];
}

async function planInput(db: Conn, projectId: string) {
	const [project, rows, links, calendar] = await Promise.all([
		db.selectFrom('projects').select(['start_date']).where('id', '=', projectId).executeTakeFirstOrThrow(),
		db
			.selectFrom('tasks')
			.select([
				'id',
				'parent_id',
				'duration_days',
				'is_milestone',
				'constraint_type',
				'constraint_date',
				'start_date',
				'finish_date',
				'version',
				'name'
			])
			.where('project_id', '=', projectId)
			.execute(),
		db
			.selectFrom('task_dependencies')
			.select(['predecessor_id', 'successor_id', 'type', 'lag_days'])
			.where('project_id', '=', projectId)
			.execute(),
		projectCalendar(db, projectId)
	]);
	const tasks: ScheduleTask[] = rows.map((r) => ({
		id: r.id,
		parentId: r.parent_id,
		durationDays: Number(r.duration_days),
		isMilestone: r.is_milestone === 1,
		constraint:
			r.constraint_type && r.constraint_date
				? { type: r.constraint_type, day: toDay(r.constraint_date) }
				: null
	}));
	const scheduleLinks: ScheduleLink[] = links.map((l) => ({
		predecessorId: l.predecessor_id,
		successorId: l.successor_id,
		type: l.type,
		lagDays: Number(l.lag_days)
	}));
	return { projectStart: toDay(project.start_date), rows, tasks, links: scheduleLinks, calendar };
}

/** A cycle is a refusal the user can act on: it names the tasks that form it. */
function run(input: Awaited<ReturnType<typeof planInput>>): Schedule {
	try {
		return schedule(input.tasks, input.links, input.projectStart, input.calendar);
	} catch (e) {
		if (!(e instanceof CycleError)) throw e;
		const names = new Map(input.rows.map((r) => [r.id, r.name]));
		throw new DomainError('conflict', 'plan.cycle', {
			params: { tasks: e.taskIds.map((id) => names.get(id) ?? id).join(' → ') },
			field: 'predecessorId'
		});
	}
}

export async function computeSchedule(db: Conn, projectId: string): Promise<ProjectSchedule> {
	const input = await planInput(db, projectId);
	const result = run(input);
	return {
		...result,
		calendar: input.calendar,
		missingYears: input.calendar.missingYears(input.projectStart, result.projectFinish)
	};
}

/**
 * Recomputes the whole plan inside the caller's transaction and writes every task whose dates changed
 * (bumping its version, so an editor holding the old dates sees a conflict, not a silent overwrite).
 * Returns the ids of the tasks that moved.
 */
export async function recomputeSchedule(trx: Conn, projectId: string): Promise<string[]> {
	const input = await planInput(trx, projectId);
	const result = run(input);
	const moved: string[] = [];
	const now = nowIso();
	const isSummary = new Set(input.rows.map((r) => r.parent_id).filter(Boolean));
	for (const row of input.rows) {
		const t = result.tasks.get(row.id);
		if (!t) continue;
		const start = fromDay(t.earlyStart);
		const finish = fromDay(t.earlyFinish);
		if (start === row.start_date && finish === row.finish_date) continue;
		moved.push(row.id);
		await trx
			.updateTable('tasks')
			.set({
				start_date: start,
				finish_date: finish,
				...(isSummary.has(row.id)
					? { duration_days: input.calendar.workingDaysBetween(t.earlyStart, t.earlyFinish) }
					: {}),
				version: Number(row.version) + 1,
				updated_at: now
			})
			.where('id', '=', row.id)
			.execute();
	}
	return moved;
}
