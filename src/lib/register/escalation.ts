import type { WorkCalendar } from '../scheduling/calendar';
import { toDay } from '../scheduling/dates';

/**
 * Working days an item is overdue on `today`: the working days after its due date up to and including today, on
 * the project's calendar (weekends, public holidays and 调休 make-up working days as the plan counts them).
 */
export function workingDaysOverdue(calendar: WorkCalendar, dueDate: string, today: string): number {
	return dueDate < today ? calendar.workingDaysBetween(toDay(dueDate) + 1, toDay(today)) : 0;
}

/** The longest an overdue register item may wait before escalation, in working days. */
export const ESCALATION_DAYS_MAX = 60;

/** Escalate once an item is `threshold` working days overdue; a threshold of 0 turns escalation off. */
export function shouldEscalate(daysOverdue: number, threshold: number): boolean {
	return threshold > 0 && daysOverdue >= threshold;
}
