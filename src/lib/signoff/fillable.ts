import type { Slot } from './types';

/** Someone who could sign for the project: their side and the roles they hold there. */
export interface Candidate {
	userId: string;
	side: Slot['side'];
	roles: readonly string[];
}

/**
 * The slots no assignment of people can fill, given that one person fills at most one slot of a round
 * (a maximum bipartite matching; slots are few, so augmenting paths are plenty fast).
 */
export function unfillableSlots<S extends Slot>(slots: readonly S[], candidates: readonly Candidate[]): S[] {
	const can = (c: Candidate, s: Slot) => c.side === s.side && c.roles.includes(s.role);
	const holder = new Map<string, number>(); // userId → index of the slot they fill
	const assign = (i: number, seen: Set<string>): boolean => {
		for (const c of candidates) {
			if (!can(c, slots[i]) || seen.has(c.userId)) continue;
			seen.add(c.userId);
			const current = holder.get(c.userId);
			if (current === undefined || assign(current, seen)) {
				holder.set(c.userId, i);
				return true;
			}
		}
		return false;
	};
	// An augmenting path may move a slot's holder, never unfill it: the matched set only grows.
	for (let i = 0; i < slots.length; i++) assign(i, new Set());
	const matched = new Set(holder.values());
	return slots.filter((_, i) => !matched.has(i));
}
