import type { BurnDownPoint, FigureCycleFact, FigurePlannedFact } from './figures-types';

const DAY = 86_400_000;
const addDays = (iso: string, n: number) =>
	new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY);
/** A burn-down never draws more than this many days (a cycle is weeks, not years). */
export const BURN_DOWN_MAX_DAYS = 370;

/**
 * Remaining (planned, not yet run) cases at the end of each day from the cycle's start to its finish, or on past
 * the finish while cases are still being planned or run (to today while any is left). Days after today carry only
 * the ideal line (remaining null); on the last day drawn up to today, remaining is the cycle's not-run count.
 * A cycle longer than BURN_DOWN_MAX_DAYS draws its last days.
 */
export function burnDown(
	cycle: FigureCycleFact,
	planned: readonly FigurePlannedFact[],
	today: string
): BurnDownPoint[] {
	if (!planned.length) return [];
	// Nothing is counted after today (a clock or zone slip must not hide a case from today's figure).
	const upToToday = (d: string) => (d > today ? today : d);
	const firstPlanned = planned.reduce((m, p) => (p.plannedOn < m ? p.plannedOn : m), planned[0].plannedOn);
	const start = cycle.startsOn ?? upToToday(firstPlanned);
	const finish = cycle.finishesOn && cycle.finishesOn >= start ? cycle.finishesOn : start;
	// Past the finish: on to the last planning or first run, and to today while a case is still unrun.
	let last = finish;
	for (const p of planned) {
		const on = upToToday(p.plannedOn);
		const until = p.firstRunOn ? upToToday(p.firstRunOn) : today > finish ? today : on;
		const latest = until > on ? until : on;
		if (latest > last) last = latest;
	}
	const span = Math.max(1, daysBetween(start, finish));
	const days = daysBetween(start, last);
	const from = Math.max(0, days - BURN_DOWN_MAX_DAYS);
	const first = addDays(start, from);
	// Everything before the first day drawn is counted on it.
	const dayOf = (d: string) => {
		const c = upToToday(d);
		return c < first ? first : c;
	};
	const plannedBy = new Map<string, number>();
	const runBy = new Map<string, number>();
	for (const p of planned) {
		const on = dayOf(p.plannedOn);
		plannedBy.set(on, (plannedBy.get(on) ?? 0) + 1);
		if (p.firstRunOn) {
			const ran = dayOf(p.firstRunOn);
			runBy.set(ran, (runBy.get(ran) ?? 0) + 1);
		}
	}
	const points: BurnDownPoint[] = [];
	let plannedSoFar = 0;
	let runSoFar = 0;
	for (let i = from; i <= days; i++) {
		const date = addDays(start, i);
		plannedSoFar += plannedBy.get(date) ?? 0;
		runSoFar += runBy.get(date) ?? 0;
		const ideal = Math.max(0, Math.round(planned.length * (1 - i / span) * 10) / 10);
		points.push({ date, remaining: date <= today ? Math.max(0, plannedSoFar - runSoFar) : null, ideal });
	}
	return points;
}
