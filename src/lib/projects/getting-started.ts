import type { RoleId } from '../raci/roles';
import type { Side } from '../raci/sides';
import type { CalendarKind } from './views';

/** What the getting-started steps are computed from: the project's own data, nothing remembered. */
export interface GettingStartedFacts {
	memberSeats: { side: Side; roles: readonly RoleId[] }[];
	/** Every (side, role) a signing slot of the project names. */
	slotSeats: { side: Side; role: RoleId }[];
	calendarKind: CalendarKind;
	startDate: string;
	goLiveDate: string;
	/** Years with a statutory holiday arrangement (shipped or added by an admin). */
	holidayYears: number[];
	baselineCount: number;
}

export type GettingStartedStep =
	| { id: 'members'; done: boolean; missingSides: Side[] }
	| { id: 'leads'; done: boolean; missingSeats: { side: Side; role: RoleId }[] }
	| { id: 'calendar'; done: boolean; missingYears: number[] }
	| { id: 'plan'; done: boolean };

/** The two parties a project needs from the start; an adviser is optional. */
const PARTIES: Side[] = ['client', 'vendor'];

function yearsBetween(start: string, end: string): number[] {
	const from = Number(start.slice(0, 4));
	const to = Number(end.slice(0, 4));
	return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** The four steps of a new project (members, leads, calendar, plan), each done or not by the data. */
export function gettingStartedSteps(facts: GettingStartedFacts): GettingStartedStep[] {
	const missingSides = PARTIES.filter((side) => !facts.memberSeats.some((m) => m.side === side));
	const seen = new Set<string>();
	const missingSeats = facts.slotSeats
		.filter((seat) => {
			const key = `${seat.side}:${seat.role}`;
			if (seen.has(key)) return false;
			seen.add(key);
			return !facts.memberSeats.some((m) => m.side === seat.side && m.roles.includes(seat.role));
		})
		.map(({ side, role }) => ({ side, role }));
	const missingYears =
		facts.calendarKind === 'china'
			? yearsBetween(facts.startDate, facts.goLiveDate).filter((y) => !facts.holidayYears.includes(y))
			: [];
	return [
		{ id: 'members', done: missingSides.length === 0, missingSides },
		{ id: 'leads', done: missingSeats.length === 0, missingSeats },
		{ id: 'calendar', done: missingYears.length === 0, missingYears },
		{ id: 'plan', done: facts.baselineCount > 0 }
	];
}
