import type { WorkCalendar } from './calendar';
import { toDay } from './dates';

export interface BaselineTask {
	id: string;
	wbs: string;
	name: string;
	start: string;
	finish: string;
	durationDays: number;
}

export interface Variance {
	id: string;
	wbs: string;
	name: string;
	baseline: { start: string; finish: string } | null;
	current: { start: string; finish: string } | null;
	/** Working days later (+) or earlier (−) than the baseline; null when the task is on one side only. */
	startVariance: number | null;
	finishVariance: number | null;
	slipped: boolean;
}

/** Signed working days from a to b: 0 on the same day, positive when b is later. */
export function workingDaysFrom(calendar: WorkCalendar, a: string, b: string): number {
	const x = toDay(a);
	const y = toDay(b);
	return y >= x ? calendar.workingDaysBetween(x + 1, y) : -calendar.workingDaysBetween(y + 1, x);
}

/** Compares a baseline with the current plan task by task; a task finishing later than its baseline slipped. */
export function compareWithBaseline(
	calendar: WorkCalendar,
	baseline: readonly BaselineTask[],
	current: readonly BaselineTask[]
): Variance[] {
	const before = new Map(baseline.map((t) => [t.id, t]));
	const now = new Set(current.map((t) => t.id));
	const rows: Variance[] = current.map((t) => {
		const b = before.get(t.id);
		const finishVariance = b ? workingDaysFrom(calendar, b.finish, t.finish) : null;
		return {
			id: t.id,
			wbs: t.wbs,
			name: t.name,
			baseline: b ? { start: b.start, finish: b.finish } : null,
			current: { start: t.start, finish: t.finish },
			startVariance: b ? workingDaysFrom(calendar, b.start, t.start) : null,
			finishVariance,
			slipped: (finishVariance ?? 0) > 0
		};
	});
	for (const b of baseline)
		if (!now.has(b.id))
			rows.push({
				id: b.id,
				wbs: b.wbs,
				name: b.name,
				baseline: { start: b.start, finish: b.finish },
				current: null,
				startVariance: null,
				finishVariance: null,
				slipped: false
			});
	return rows;
}
