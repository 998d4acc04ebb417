import type { Kysely } from 'kysely';
import type { Conn } from '../db';
import type { Database } from '../db/schema';
import { rememberDevice } from '../auth/devices';
import { createSession, deleteSession, listUserSessions, type Session } from '../auth/session';
import { recordAudit, type Actor } from './audit';

/** The browser a session is opened from: its device secret (remembered as known) and its user agent. */
export interface Browser {
	deviceSecret: string;
	userAgent: string | null;
}

/** A new session and the browser remembered as a known device of the account; no audit row of its own. */
export async function openSession(
	db: Conn,
	actor: Actor,
	userId: string,
	browser: Browser
): Promise<{ session: Session; token: string }> {
	await rememberDevice(db, userId, browser.deviceSecret);
	return createSession(db, userId, { ip: actor.ip, userAgent: browser.userAgent });
}

/** Signs a user in after their password was checked: session, known device and audit row in one transaction. */
export async function logIn(
	db: Kysely<Database>,
	actor: Actor,
	userId: string,
	browser: Browser
): Promise<{ session: Session; token: string }> {
	return db.transaction().execute(async (trx) => {
		const created = await openSession(trx, actor, userId, browser);
		await recordAudit(
			trx,
			{ ...actor, userId },
			{ action: 'session.login', objectType: 'session', objectId: created.session.id }
		);
		return created;
	});
}

/** Ends the caller's own session. */
export async function logOut(db: Kysely<Database>, actor: Actor, sessionId: string): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await deleteSession(trx, sessionId);
		await recordAudit(trx, actor, { action: 'session.logout', objectType: 'session', objectId: sessionId });
	});
}

/** Ends another session of the same user (settings → devices); false when the session is not theirs. */
export async function revokeOwnSession(
	db: Kysely<Database>,
	actor: Actor,
	userId: string,
	sessionId: string
): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const mine = (await listUserSessions(trx, userId)).some((s) => s.id === sessionId);
		if (!mine) return false;
		await deleteSession(trx, sessionId);
		await recordAudit(trx, actor, { action: 'session.revoke', objectType: 'session', objectId: sessionId });
		return true;
	});
}
