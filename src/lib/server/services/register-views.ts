import { todayIn } from '../../gantt/opening';
import { registerDashboard, type RegisterDashboard } from '../../register/dashboard';
import { sortMyItems } from '../../register/my-items';
import { isOverdue } from '../../register/types';
import type { QueueRegisterItem } from '../../signoff/views';
import type { Conn } from '../db';
import { listRegisterItemRows } from '../repo/register-items';
import { dueOpenItemsOwnedBy, openItemsOwnedBy } from '../repo/register-views';
import { escalateQuietly } from './register-escalation';

/**
 * 待我处理's register section: open items the user owns in their active projects, overdue first then due soonest.
 * "Today" is each project's own (its time zone) unless the caller fixes it.
 */
/** How many open items the user owns are overdue, each by its own project's today. */
export async function countMyLateRegisterItems(db: Conn, userId: string, now = new Date()): Promise<number> {
	// No time zone is more than a day ahead of UTC: an item due before tomorrow (UTC) is all that can be late.
	const tomorrow = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
	const rows = await dueOpenItemsOwnedBy(db, userId, tomorrow);
	return rows.filter((r) => r.due_date! < todayIn(r.time_zone, now)).length;
}

export async function listMyRegisterItems(
	db: Conn,
	userId: string,
	options: { projectId?: string; today?: string } = {}
): Promise<QueueRegisterItem[]> {
	const rows = await openItemsOwnedBy(db, userId, options.projectId);
	const todayOf = (r: (typeof rows)[number]) => options.today ?? todayIn(r.projectTimeZone);
	const sorted = sortMyItems(
		rows.map((r) => ({
			...r,
			type: r.item.type,
			status: r.item.status,
			dueDate: r.item.dueDate,
			number: r.item.number
		})),
		todayOf
	);
	return sorted.map((r) => ({
		projectId: r.projectId,
		projectCode: r.projectCode,
		projectName: r.projectName,
		itemId: r.item.id,
		type: r.item.type,
		code: r.item.code,
		title: r.item.title,
		status: r.item.status,
		dueDate: r.item.dueDate,
		overdue: isOverdue(r.item.type, r.item.status, r.item.dueDate, todayOf(r)),
		score: r.item.score
	}));
}

/**
 * The dashboard's register panel, as of the project's today. Escalates what became due for it first, so a PM who
 * opens the dashboard sees (and the committee hears of) an overdue item even between two timer sweeps.
 */
export async function loadRegisterDashboard(
	db: Conn,
	project: { id: string; timeZone: string },
	today = todayIn(project.timeZone)
): Promise<RegisterDashboard> {
	await escalateQuietly(db, project.id);
	return registerDashboard(await listRegisterItemRows(db, project.id), today);
}
