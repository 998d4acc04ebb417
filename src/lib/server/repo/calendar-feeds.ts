import type { Kysely } from 'kysely';
import type { CalendarEvent } from '../../scheduling/ical';
import { generateSecureRandomString, hashSecret, secretMatches, splitToken } from '../auth/token';
import type { Database } from '../db/schema';
import { nowIso } from '../ids';
import { recordAudit, type Actor } from '../services/audit';

/** Creates (or replaces, revoking the old URL) the user's subscription; the token is shown once. */
export async function renewCalendarFeed(db: Kysely<Database>, actor: Actor, userId: string): Promise<string> {
	const id = generateSecureRandomString();
	const secret = generateSecureRandomString();
	await db.transaction().execute(async (trx) => {
		await trx.deleteFrom('calendar_feeds').where('user_id', '=', userId).execute();
		await trx
			.insertInto('calendar_feeds')
			.values({ id, user_id: userId, secret_hash: hashSecret(secret), created_at: nowIso() })
			.execute();
		await recordAudit(trx, actor, {
			action: 'feed.renew',
			objectType: 'calendar_feed',
			objectId: id,
			detail: {}
		});
	});
	return `${id}.${secret}`;
}

export async function revokeCalendarFeed(db: Kysely<Database>, actor: Actor, userId: string): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await trx.deleteFrom('calendar_feeds').where('user_id', '=', userId).execute();
		await recordAudit(trx, actor, {
			action: 'feed.revoke',
			objectType: 'calendar_feed',
			objectId: userId,
			detail: {}
		});
	});
}

export async function feedCreatedAt(db: Kysely<Database>, userId: string): Promise<string | null> {
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

/** The user a feed token belongs to, or null: a wrong or revoked token learns nothing. */
export async function feedOwner(db: Kysely<Database>, token: string): Promise<string | null> {
	const parts = splitToken(token);
	if (!parts) return null;
	const row = await db.selectFrom('calendar_feeds').selectAll().where('id', '=', parts.id).executeTakeFirst();
	return row && secretMatches(parts.secret, row.secret_hash) ? row.user_id : null;
}

/** Milestones (each phase ends in a gate review) of the user's active projects. */
export async function feedEvents(
	db: Kysely<Database>,
	userId: string,
	origin: string
): Promise<CalendarEvent[]> {
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
