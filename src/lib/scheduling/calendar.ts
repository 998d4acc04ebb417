import { fromDay, toDay, weekday, yearOf } from './dates';
import officialChina from './cn-holidays.json';

/** One year of an official arrangement: holiday ranges and the weekend days that become working days (调休). */
export interface HolidayYear {
	holidays: [start: string, end: string, name: string][];
	workdays: string[];
}

export type HolidayTable = Record<string, HolidayYear>;

export const CN_STATUTORY: HolidayTable = officialChina as unknown as HolidayTable;

export interface CalendarDefinition {
	/** ISO weekdays that are normally worked, 1 = Monday. */
	workingWeekdays: number[];
	/** Official arrangements by year; empty for a calendar without statutory holidays. */
	holidayYears: HolidayTable;
	/** Project-specific exceptions on top of the official arrangement. */
	extraNonWorking?: string[];
	extraWorking?: string[];
}

/**
 * Working-day arithmetic on a calendar with weekly working days, statutory holidays and make-up working
 * days. Durations count the start day: a 1-day task starts and finishes on the same working day.
 */
export class WorkCalendar {
	private readonly weekdays: boolean[];
	private readonly off = new Map<number, string>();
	private readonly on = new Set<number>();
	private readonly years = new Set<number>();
	readonly usesHolidays: boolean;

	constructor(def: CalendarDefinition) {
		this.weekdays = Array.from({ length: 8 }, (_, i) => def.workingWeekdays.includes(i));
		this.usesHolidays = Object.keys(def.holidayYears).length > 0;
		for (const [year, arrangement] of Object.entries(def.holidayYears)) {
			this.years.add(Number(year));
			for (const [start, end, name] of arrangement.holidays) {
				for (let d = toDay(start); d <= toDay(end); d++) this.off.set(d, name);
			}
			for (const w of arrangement.workdays) this.on.add(toDay(w));
		}
		for (const d of def.extraNonWorking ?? []) {
			this.off.set(toDay(d), '');
			this.on.delete(toDay(d));
		}
		for (const d of def.extraWorking ?? []) {
			this.on.add(toDay(d));
			this.off.delete(toDay(d));
		}
	}

	isWorkingDay(day: number): boolean {
		if (this.on.has(day)) return true;
		if (this.off.has(day)) return false;
		return this.weekdays[weekday(day)];
	}

	holidayName(day: number): string | undefined {
		return this.off.get(day);
	}

	/** The day itself if it is worked, else the next working day. */
	onOrAfter(day: number): number {
		let d = day;
		for (let guard = 0; !this.isWorkingDay(d); guard++, d++)
			if (guard > 3660) throw new Error('calendar has no working days');
		return d;
	}

	onOrBefore(day: number): number {
		let d = day;
		for (let guard = 0; !this.isWorkingDay(d); guard++, d--)
			if (guard > 3660) throw new Error('calendar has no working days');
		return d;
	}

	/** Moves by n working days (n may be negative); from a non-working day, the first step lands on a working day. */
	shift(day: number, n: number): number {
		let d = day;
		const step = n >= 0 ? 1 : -1;
		for (let left = Math.abs(n); left > 0;) {
			d += step;
			if (this.isWorkingDay(d)) left--;
		}
		return d;
	}

	/** Finish day of a task of `duration` working days starting on `start` (moved to a working day first). */
	finishOf(start: number, duration: number): number {
		const s = this.onOrAfter(start);
		return duration <= 1 ? s : this.shift(s, duration - 1);
	}

	/** Working days from a to b inclusive (0 when b < a). */
	workingDaysBetween(a: number, b: number): number {
		let n = 0;
		for (let d = a; d <= b; d++) if (this.isWorkingDay(d)) n++;
		return n;
	}

	/** Years touched by [from, to] for which this calendar lacks the official arrangement. */
	missingYears(from: number, to: number): number[] {
		if (!this.usesHolidays) return [];
		const out: number[] = [];
		for (let y = yearOf(from); y <= yearOf(to); y++) if (!this.years.has(y)) out.push(y);
		return out;
	}
}

export function chinaCalendar(extra: Partial<CalendarDefinition> = {}): WorkCalendar {
	return new WorkCalendar({ workingWeekdays: [1, 2, 3, 4, 5], holidayYears: CN_STATUTORY, ...extra });
}

export { fromDay, toDay };
