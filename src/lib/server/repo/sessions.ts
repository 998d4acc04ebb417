import type { Insertable } from 'kysely';
import type { Conn } from '../db/index';
import type { Database } from '../db/schema';

/** Session rows; auth/session.ts owns the token, cookie and expiry rules around them. */

export async function insertSession(db: Conn, row: Insertable<Database['sessions']>): Promise<void> {
	await db.insertInto('sessions').values(row).execute();
}

/** One session with the user it belongs to, for validating a token. */
export async function sessionWithUser(db: Conn, sessionId: string) {
	return db
		.selectFrom('sessions')
		.innerJoin('users', 'users.id', 'sessions.user_id')
		.select([
			'sessions.id',
			'sessions.secret_hash',
			'sessions.created_at',
			'sessions.last_verified_at',
			'users.id as user_id',
			'users.email',
			'users.name',
			'users.is_admin',
			'users.locale',
			'users.disabled_at'
		])
		.where('sessions.id', '=', sessionId)
		.executeTakeFirst();
}

export async function touchSession(db: Conn, sessionId: string, lastVerifiedAt: string): Promise<void> {
	await db
		.updateTable('sessions')
		.set({ last_verified_at: lastVerifiedAt })
		.where('id', '=', sessionId)
		.execute();
}

export async function deleteSessionRow(db: Conn, sessionId: string): Promise<void> {
	await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function deleteUserSessionRows(
	db: Conn,
	userId: string,
	exceptSessionId?: string
): Promise<void> {
	let q = db.deleteFrom('sessions').where('user_id', '=', userId);
	if (exceptSessionId) q = q.where('id', '!=', exceptSessionId);
	await q.execute();
}

/** A user's sessions, most recently active first. */
export async function userSessionRows(db: Conn, userId: string) {
	return db
		.selectFrom('sessions')
		.select(['id', 'created_at', 'last_verified_at', 'ip', 'user_agent'])
		.where('user_id', '=', userId)
		.orderBy('last_verified_at', 'desc')
		.execute();
}
