import { todayIn } from '../../gantt/opening';
import { shouldEscalate, workingDaysOverdue } from '../../register/escalation';
import { formatItemNumber, type RegisterType } from '../../register/types';
import type { WorkCalendar } from '../../scheduling/calendar';
import type { Conn } from '../db';
import { nowIso } from '../ids';
import { calendarOf, type CalendarKind } from '../repo/calendars';
import { escalationCandidates, markEscalated, userIdsWithRole } from '../repo/register-views';
import { insertNotifications } from '../repo/signoff-notifications';
import { recordAudit } from './audit';
import { inTransaction } from './transaction';

const SYSTEM = { userId: null, ip: null };

/** Who hears of an escalation: the steering committee, or the sponsor when the project has no such member. */
async function escalationRecipients(db: Conn, projectId: string): Promise<string[]> {
	const steering = await userIdsWithRole(db, projectId, 'steeringMember');
	return steering.length ? steering : userIdsWithRole(db, projectId, 'sponsor');
}

/**
 * Escalates every open register item that is at least the project's threshold of working days overdue and was not
 * escalated since its due date was set: one notification per steering-committee member, linked to the item, and
 * an audit row. Each item is claimed with a conditional write before anyone is notified, so two sweeps running at
 * once (the timer and a dashboard load) notify once. Returns how many items were escalated.
 */
export async function escalateOverdueItems(
	db: Conn,
	options: { projectId?: string; now?: Date } = {}
): Promise<number> {
	const now = options.now ?? new Date();
	const candidates = await escalationCandidates(db, options.projectId);
	const calendars = new Map<CalendarKind, WorkCalendar>();
	let escalated = 0;
	for (const c of candidates) {
		const today = todayIn(c.time_zone, now);
		if (!c.due_date || c.due_date >= today) continue;
		let calendar = calendars.get(c.calendar_kind);
		if (!calendar) calendars.set(c.calendar_kind, (calendar = await calendarOf(db, c.calendar_kind)));
		const days = workingDaysOverdue(calendar, c.due_date, today);
		if (!shouldEscalate(days, Number(c.escalation_days))) continue;
		const dueDate = c.due_date;
		const code = formatItemNumber(c.type as RegisterType, Number(c.number));
		const won = await inTransaction(db, async (trx) => {
			const at = nowIso();
			if (!(await markEscalated(trx, c.project_id, c.id, dueDate, at))) return false;
			const detail = { code, title: c.title, dueDate, days, threshold: Number(c.escalation_days) };
			await insertNotifications(trx, c.project_id, await escalationRecipients(trx, c.project_id), {
				kind: 'escalated',
				objectType: 'registerItem',
				objectId: c.id,
				roundId: null,
				detail: JSON.stringify(detail),
				at
			});
			await recordAudit(trx, SYSTEM, {
				action: 'register.escalate',
				objectType: 'registerItem',
				objectId: c.id,
				projectId: c.project_id,
				detail
			});
			return true;
		});
		if (won) escalated++;
	}
	return escalated;
}

/** Best effort: a failed sweep is logged and retried by the next one; it must never break a page load. */
export async function escalateQuietly(db: Conn, projectId?: string): Promise<void> {
	await escalateOverdueItems(db, { projectId }).catch((e: unknown) =>
		console.error('[workbench] register escalation failed:', e)
	);
}

let timer: ReturnType<typeof setInterval> | null = null;

/** Sweeps every project for overdue items to escalate, now and then every `everyMs`, off the request path. */
export function startEscalation(db: Conn, everyMs = 15 * 60_000): void {
	if (timer) return;
	void escalateQuietly(db);
	timer = setInterval(() => void escalateQuietly(db), everyMs);
	timer.unref();
}

export function stopEscalation(): void {
	if (timer) clearInterval(timer);
	timer = null;
}
