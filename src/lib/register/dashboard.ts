import { OWNER_SIDES, type OwnerSide } from '../phases/types';
import { isOpen, isOverdue, REGISTER_TYPES, type RegisterType } from './types';
import type { RegisterItemSummary } from './views';

export interface RegisterSideCounts {
	side: OwnerSide;
	/** Open items of each type. */
	open: Record<RegisterType, number>;
	total: number;
	overdue: number;
}

/** The dashboard's register panel: open counts per owning side and type, overdue counts, the top risks. */
export interface RegisterDashboard {
	sides: RegisterSideCounts[];
	totals: { open: Record<RegisterType, number>; total: number; overdue: number };
	topRisks: RegisterItemSummary[];
}

const zeroes = () => Object.fromEntries(REGISTER_TYPES.map((t) => [t, 0])) as Record<RegisterType, number>;

/** Counts open items (as of `today`, the project's date) and picks the `top` highest-scoring open risks. */
export function registerDashboard(
	items: readonly RegisterItemSummary[],
	today: string,
	top = 5
): RegisterDashboard {
	const open = items.filter((i) => isOpen(i.type, i.status));
	const sides = OWNER_SIDES.map((side): RegisterSideCounts => {
		const mine = open.filter((i) => i.ownerSide === side);
		const counts = zeroes();
		for (const i of mine) counts[i.type]++;
		return {
			side,
			open: counts,
			total: mine.length,
			overdue: mine.filter((i) => isOverdue(i.type, i.status, i.dueDate, today)).length
		};
	});
	const totals = zeroes();
	for (const s of sides) for (const t of REGISTER_TYPES) totals[t] += s.open[t];
	return {
		sides,
		totals: {
			open: totals,
			total: open.length,
			overdue: sides.reduce((n, s) => n + s.overdue, 0)
		},
		topRisks: open
			.filter((i) => i.type === 'risk' && i.score !== null)
			.sort((a, b) => b.score! - a.score! || a.number - b.number)
			.slice(0, top)
	};
}

/** The register list's URL with its filter prefilled (the register page reads these parameters). */
export function registerHref(
	projectId: string,
	filter: { type?: RegisterType; side?: OwnerSide; overdue?: boolean; mine?: boolean } = {}
): string {
	const q = new URLSearchParams();
	if (filter.type) q.set('type', filter.type);
	if (filter.side) q.set('side', filter.side);
	q.set('status', 'open');
	if (filter.overdue) q.set('overdue', '1');
	if (filter.mine) q.set('mine', '1');
	return `/projects/${projectId}/register?${q}`;
}
