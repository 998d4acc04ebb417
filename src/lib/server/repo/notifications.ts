import type { NotificationKind, NotificationView } from '../../notifications/views';
import { newId, nowIso } from '../ids';
import type { Conn } from '../db';

export type { NotificationView };

export async function listNotifications(db: Conn, userId: string, limit = 50): Promise<NotificationView[]> {
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

export async function unreadCount(db: Conn, userId: string): Promise<number> {
	const row = await db
		.selectFrom('notifications')
		.select((eb) => eb.fn.countAll().as('n'))
		.where('user_id', '=', userId)
		.where('read_at', 'is', null)
		.executeTakeFirst();
	return Number(row?.n ?? 0);
}

export async function markAllRead(db: Conn, userId: string): Promise<void> {
	await db
		.updateTable('notifications')
		.set({ read_at: nowIso() })
		.where('user_id', '=', userId)
		.where('read_at', 'is', null)
		.execute();
}

/** Notifies each user once of the same event (one row per user, sharing kind, object and detail). */
export async function insertNotifications(
	db: Conn,
	userIds: readonly string[],
	n: {
		projectId: string;
		kind: NotificationKind;
		objectType: string;
		objectId: string;
		detail: Record<string, unknown>;
		createdAt: string;
	}
): Promise<void> {
	if (!userIds.length) return;
	const detail = JSON.stringify(n.detail);
	await db
		.insertInto('notifications')
		.values(
			userIds.map((userId) => ({
				id: newId(),
				user_id: userId,
				project_id: n.projectId,
				kind: n.kind,
				object_type: n.objectType,
				object_id: n.objectId,
				round_id: null,
				detail,
				created_at: n.createdAt,
				read_at: null
			}))
		)
		.execute();
}

/** Marks read every notification not about a round that is still open (the demo seed's past). */
export async function markReadUnlessRoundOpen(db: Conn, at: string): Promise<void> {
	const open = db.selectFrom('review_rounds').select('id').where('status', '=', 'open');
	await db.updateTable('notifications').set({ read_at: at }).where('round_id', 'not in', open).execute();
}
