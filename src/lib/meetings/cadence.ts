import { fromDay, toDay, weekday } from '../scheduling/dates';
import { startOfDayInZone } from '../scheduling/zone';
import type { MeetingType } from './types';

/** How far ahead a series plans its meetings. */
export const PLAN_AHEAD_DAYS = 56;

/**
 * The methodology's rhythm (DOMAIN.md: the joint project team steers week by week, the steering committee above it
 * reviews stage goals and decides what the team cannot): offered as a prefilled series where a project has none.
 */
export const CADENCE_SUGGESTIONS: readonly {
	type: MeetingType;
	everyWeeks: number;
	weekday: number;
	time: string;
	durationMinutes: number;
}[] = [
	{ type: 'weekly', everyWeeks: 1, weekday: 1, time: '14:00', durationMinutes: 90 },
	{ type: 'steering', everyWeeks: 4, weekday: 4, time: '10:00', durationMinutes: 120 }
];

/** The first date on or after `from` that falls on the ISO `weekday`. */
export function nextWeekday(from: string, wanted: number): string {
	const d = toDay(from);
	return fromDay(d + ((wanted - weekday(d) + 7) % 7));
}

/** The series' nominal dates in [from, to]: every `everyWeeks` weeks from the anchor (never before it). */
export function seriesDates(anchorDate: string, everyWeeks: number, from: string, to: string): string[] {
	const anchor = toDay(anchorDate);
	const step = everyWeeks * 7;
	const start = Math.max(anchor, toDay(from));
	let d = anchor + Math.ceil((start - anchor) / step) * step;
	const out: string[] = [];
	for (; d <= toDay(to); d += step) out.push(fromDay(d));
	return out;
}

/** Where a nominal date lands: the day itself when it is worked, else the next working day (a holiday moves it). */
export function meetingDay(nominal: string, calendar: { onOrAfter(day: number): number }): string {
	return fromDay(calendar.onOrAfter(toDay(nominal)));
}

/** The instant a wall-clock date and HH:MM in the zone happen (ISO, UTC). */
export function instantInZone(date: string, time: string, timeZone: string): string {
	const [h, m] = time.split(':').map(Number);
	return new Date(Date.parse(startOfDayInZone(date, timeZone)) + (h * 60 + m) * 60_000).toISOString();
}

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

/** HH:MM of an instant in the zone. */
export function timeInZone(instant: string, timeZone: string): string {
	let f = timeFormatters.get(timeZone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' });
		timeFormatters.set(timeZone, f);
	}
	return f.format(new Date(instant));
}
