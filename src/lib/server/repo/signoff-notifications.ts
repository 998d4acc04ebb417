import type { NotificationKind } from '../db/schema';
import { newId } from '../ids';
import type { Conn } from '../db';

/** One notification per user about one object (a review round, or the slots of an object type). */
export async function insertNotifications(
	db: Conn,
	projectId: string,
	userIds: readonly string[],
	n: {
		kind: NotificationKind;
		objectType: string;
		objectId: string;
		roundId: string | null;
		detail: string;
		at: string;
	}
): Promise<void> {
	if (!userIds.length) return;
	await db
		.insertInto('notifications')
		.values(
			userIds.map((userId) => ({
				id: newId(),
				user_id: userId,
				project_id: projectId,
				kind: n.kind,
				object_type: n.objectType,
				object_id: n.objectId,
				round_id: n.roundId,
				detail: n.detail,
				created_at: n.at,
				read_at: null
			}))
		)
		.execute();
}
