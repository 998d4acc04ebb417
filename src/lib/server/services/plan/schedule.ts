import type { WorkCalendar } from '../../../scheduling/calendar';
import type { Conn } from '../../db';
import { projectCalendar } from '../../repo/calendars';
import {
	loadPlan,
	scheduleOf,
	writeScheduledDates,
	type LoadedPlan,
	type ProjectSchedule
} from '../../repo/schedule';

export interface Recomputed {
	/** Tasks whose dates changed. */
	moved: string[];
	schedule: ProjectSchedule;
	plan: LoadedPlan;
}

/**
 * Recomputes the whole plan inside the caller's transaction and writes every task whose dates changed. A caller
 * that has already read the calendar or the plan (and kept the plan in step with its own writes) passes them,
 * so one request reads each once.
 */
export async function recomputeSchedule(
	trx: Conn,
	projectId: string,
	loaded: { calendar?: WorkCalendar; plan?: LoadedPlan } = {}
): Promise<Recomputed> {
	const [calendar, plan] = await Promise.all([
		loaded.calendar ?? projectCalendar(trx, projectId),
		loaded.plan ?? loadPlan(trx, projectId)
	]);
	const schedule = scheduleOf(plan, calendar);
	const moved = await writeScheduledDates(trx, plan, schedule);
	return { moved, schedule, plan };
}
