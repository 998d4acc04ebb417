/** Calendar dates and instants in a project's IANA time zone (pure: Intl only). */

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function parts(timeZone: string): Intl.DateTimeFormat {
	let f = partsFormatters.get(timeZone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit'
		});
		partsFormatters.set(timeZone, f);
	}
	return f;
}

/** The wall-clock reading of `ms` in the zone, as if it were UTC (for offset arithmetic). */
function wallClock(ms: number, timeZone: string): number {
	const p = Object.fromEntries(
		parts(timeZone)
			.formatToParts(new Date(ms))
			.map((x) => [x.type, x.value])
	);
	return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
}

/** The calendar date (YYYY-MM-DD) of an instant in the zone. */
export function dateInZone(instant: Date | string, timeZone: string): string {
	const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
	return new Date(wallClock(ms, timeZone)).toISOString().slice(0, 10);
}

/** The instant (ISO, UTC) at which `date` begins in the zone; a second pass settles a DST change on the day. */
export function startOfDayInZone(date: string, timeZone: string): string {
	const naive = Date.parse(`${date}T00:00:00Z`);
	let ms = naive - (wallClock(naive, timeZone) - naive);
	ms = naive - (wallClock(ms, timeZone) - ms);
	return new Date(ms).toISOString();
}
