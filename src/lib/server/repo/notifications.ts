import type { Kysely } from 'kysely';
import type { Database, NotificationKind } from '../db/schema';
import { nowIso } from '../ids';

export interface NotificationView {
	id: string;
	projectId: string;
	projectCode: string;
	kind: NotificationKind;
	objectType: string;
	objectId: string;
	detail: Record<string, unknown>;
	createdAt: string;
	read: boolean;
}

export async function listNotifications(
	db: Kysely<Database>,
	userId: string,
	limit = 50
): Promise<NotificationView[]> {
	const rows = await db
		.selectFrom('notifications')
		.innerJoin('projects', 'projects.id', 'notifications.project_id')
		.selectAll('notifications')
		.select('projects.code')
		.where('notifications.user_id', '=', userId)
		.orderBy('notifications.created_at', 'desc')
		.limit(limit)
		.execute();
	return rows.map((r) => ({
		id: r.id,
		projectId: r.project_id,
		projectCode: r.code,
		kind: r.kind,
		objectType: r.object_type,
		objectId: r.object_id,
		detail: JSON.parse(r.detail) as Record<string, unknown>,
		createdAt: r.created_at,
		read: r.read_at !== null
	}));
}

export async function unreadCount(db: Kysely<Database>, userId: string): Promise<number> {
	const row = await db
		.selectFrom('notifications')
		.select((eb) => eb.fn.countAll().as('n'))
		.where('user_id', '=', userId)
		.where('read_at', 'is', null)
		.executeTakeFirst();
	return Number(row?.n ?? 0);
}

export async function markAllRead(db: Kysely<Database>, userId: string): Promise<void> {
	await db
		.updateTable('notifications')
		.set({ read_at: nowIso() })
		.where('user_id', '=', userId)
		.where('read_at', 'is', null)
		.execute();
}
