import { isOverdue, type RegisterType } from './types';

export interface DatedItem {
	type: RegisterType;
	status: string;
	dueDate: string | null;
	number: number;
}

/**
 * "My items" order: overdue first (the longest overdue at the top), then the rest by due date, items without a
 * due date last; ties by number. `todayOf` gives each item's today in its project's time zone.
 */
export function sortMyItems<T extends DatedItem>(items: readonly T[], todayOf: (item: T) => string): T[] {
	const rank = (i: T) => (isOverdue(i.type, i.status, i.dueDate, todayOf(i)) ? 0 : i.dueDate ? 1 : 2);
	return [...items].sort(
		(a, b) => rank(a) - rank(b) || (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.number - b.number
	);
}
