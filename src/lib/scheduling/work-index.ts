import type { WorkCalendar } from './calendar';

/**
 * Working days numbered consecutively, so the scheduler adds and compares working days in O(1): ordinal n is
 * the n-th working day from an anchor. Grows in either direction on demand.
 */
export class WorkIndex {
	/** days[i] is the calendar day of ordinal base + i. */
	private days: number[] = [];
	private base = 0;
	/** ordinal of each calendar day from firstDay (a non-working day maps to the next working ordinal). */
	private ordinals: Int32Array = new Int32Array(0);
	private firstDay = 0;

	constructor(
		private readonly calendar: WorkCalendar,
		around: number,
		span = 800
	) {
		this.build(around - span, around + span);
	}

	private build(fromDay: number, toDay: number) {
		const start = this.calendar.onOrAfter(fromDay);
		const days: number[] = [];
		for (let d = start; d <= toDay || days.length === 0; d++) if (this.calendar.isWorkingDay(d)) days.push(d);
		const base = this.days.length ? this.base - this.countBetween(start, this.days[0]) : 0;
		this.days = days;
		this.base = base;
		this.firstDay = start;
		const ordinals = new Int32Array(days[days.length - 1] - start + 1);
		let i = 0;
		for (let d = start; d <= days[days.length - 1]; d++) {
			while (days[i] < d) i++;
			ordinals[d - start] = base + i;
		}
		this.ordinals = ordinals;
	}

	private countBetween(a: number, b: number): number {
		let n = 0;
		for (let d = a; d < b; d++) if (this.calendar.isWorkingDay(d)) n++;
		return n;
	}

	private ensureDay(day: number) {
		const last = this.days[this.days.length - 1];
		if (day < this.firstDay) this.build(day - 400, last);
		else if (day > last) this.build(this.firstDay, day + Math.max(400, (last - this.firstDay) >> 1));
	}

	/** The ordinal of a day; a non-working day counts as the next working day. */
	ordinal(day: number): number {
		this.ensureDay(day);
		return this.ordinals[day - this.firstDay];
	}

	/** The calendar day of an ordinal. */
	day(ordinal: number): number {
		while (ordinal < this.base)
			this.build(
				this.firstDay - 2 * (this.days[this.days.length - 1] - this.firstDay + 1),
				this.days[this.days.length - 1]
			);
		while (ordinal - this.base >= this.days.length)
			this.build(
				this.firstDay,
				this.days[this.days.length - 1] + 2 * (this.days[this.days.length - 1] - this.firstDay + 1)
			);
		return this.days[ordinal - this.base];
	}
}
