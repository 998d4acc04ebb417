// Calendar dates as whole days since 1970-01-01 (UTC): integer arithmetic, no time zones, no DST.
const MS_PER_DAY = 86_400_000;

export function toDay(iso: string): number {
	return Math.floor(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / MS_PER_DAY);
}

export function fromDay(day: number): string {
	return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(day: number): number {
	// 1970-01-01 was a Thursday (4).
	return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function yearOf(day: number): number {
	return +fromDay(day).slice(0, 4);
}
