import type { CalendarEvent } from '../../scheduling/ical';
import type { Conn } from '../db';

/** Replaces the user's subscription (revoking the old one) with a new id and secret hash. */
export async function replaceFeed(
	db: Conn,
	userId: string,
	feed: { id: string; secretHash: string; createdAt: string }
): Promise<void> {
	await db.deleteFrom('calendar_feeds').where('user_id', '=', userId).execute();
	await db
		.insertInto('calendar_feeds')
		.values({ id: feed.id, user_id: userId, secret_hash: feed.secretHash, created_at: feed.createdAt })
		.execute();
}

export async function deleteFeed(db: Conn, userId: string): Promise<void> {
	await db.deleteFrom('calendar_feeds').where('user_id', '=', userId).execute();
}

export async function findFeed(db: Conn, id: string) {
	return db.selectFrom('calendar_feeds').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function feedCreatedAt(db: Conn, userId: string): Promise<string | null> {
	return (
		(
			await db
				.selectFrom('calendar_feeds')
				.select('created_at')
				.where('user_id', '=', userId)
				.executeTakeFirst()
		)?.created_at ?? null
	);
}

/** Milestones (each phase ends in a gate review) of the user's active projects. */
export async function feedEvents(db: Conn, userId: string, origin: string): Promise<CalendarEvent[]> {
	const rows = await db
		.selectFrom('tasks as t')
		.innerJoin('projects as p', 'p.id', 't.project_id')
		.innerJoin('project_members as m', (j) =>
			j.onRef('m.project_id', '=', 'p.id').on('m.user_id', '=', userId)
		)
		.innerJoin('phases as ph', 'ph.id', 't.phase_id')
		.select([
			't.id',
			't.name',
			't.start_date',
			't.status',
			'p.id as projectId',
			'p.code',
			'p.name as projectName',
			'ph.name as phaseName',
			'ph.status as phaseStatus'
		])
		.where('t.is_milestone', '=', 1)
		.where('p.status', '=', 'active')
		.orderBy('t.start_date')
		.execute();
	return rows.map((r) => ({
		uid: `${r.id}@crm-workbench`,
		date: r.start_date,
		summary: `[${r.code}] ${r.name}`,
		description: `${r.projectName} · ${r.phaseName}`,
		url: `${origin}/projects/${r.projectId}/tasks/${r.id}`
	}));
}
