import type { BurnDownPoint, FigureCycleFact, FigurePlannedFact } from './figures-types';

const DAY = 86_400_000;
const addDays = (iso: string, n: number) =>
	new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY);
/** A burn-down never draws more than this many days (a cycle is weeks, not years). */
export const BURN_DOWN_MAX_DAYS = 370;

/**
 * Remaining (planned, not yet run) cases at the end of each day from the cycle's start to its finish, or on to
 * today while a late cycle still has cases left. Days after today carry only the ideal line (remaining null).
 */
export function burnDown(
	cycle: FigureCycleFact,
	planned: readonly FigurePlannedFact[],
	today: string
): BurnDownPoint[] {
	if (!planned.length) return [];
	const firstPlanned = planned.reduce((m, p) => (p.plannedOn < m ? p.plannedOn : m), planned[0].plannedOn);
	const start = cycle.startsOn ?? firstPlanned;
	const finish = cycle.finishesOn && cycle.finishesOn >= start ? cycle.finishesOn : start;
	// A late cycle with cases still unrun draws on to today.
	const last = today > finish && planned.some((p) => !p.firstRunOn) ? today : finish;
	const span = Math.max(1, daysBetween(start, finish));
	const days = Math.min(BURN_DOWN_MAX_DAYS, daysBetween(start, last));
	const plannedBy = new Map<string, number>();
	const runBy = new Map<string, number>();
	for (const p of planned) {
		const on = p.plannedOn < start ? start : p.plannedOn;
		plannedBy.set(on, (plannedBy.get(on) ?? 0) + 1);
		if (p.firstRunOn) {
			const ran = p.firstRunOn < start ? start : p.firstRunOn;
			runBy.set(ran, (runBy.get(ran) ?? 0) + 1);
		}
	}
	const points: BurnDownPoint[] = [];
	let plannedSoFar = 0;
	let runSoFar = 0;
	for (let i = 0; i <= days; i++) {
		const date = addDays(start, i);
		plannedSoFar += plannedBy.get(date) ?? 0;
		runSoFar += runBy.get(date) ?? 0;
		const ideal = Math.max(0, Math.round(planned.length * (1 - i / span) * 10) / 10);
		points.push({ date, remaining: date <= today ? Math.max(0, plannedSoFar - runSoFar) : null, ideal });
	}
	return points;
}
