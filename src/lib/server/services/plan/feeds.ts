import { generateSecureRandomString, hashSecret, secretMatches, splitToken } from '../../auth/token';
import type { Conn } from '../../db';
import { nowIso } from '../../ids';
import { recordAudit, type Actor } from '../audit';
import { deleteFeed, findFeed, replaceFeed } from '../../repo/calendar-feeds';
import { inTransaction } from '../transaction';

/** Creates (or replaces, revoking the old URL) the user's subscription; the token is shown once. */
export async function renewCalendarFeed(db: Conn, actor: Actor, userId: string): Promise<string> {
	const id = generateSecureRandomString();
	const secret = generateSecureRandomString();
	await inTransaction(db, async (trx) => {
		await replaceFeed(trx, userId, { id, secretHash: hashSecret(secret), createdAt: nowIso() });
		await recordAudit(trx, actor, {
			action: 'feed.renew',
			objectType: 'calendar_feed',
			objectId: id,
			detail: {}
		});
	});
	return `${id}.${secret}`;
}

export async function revokeCalendarFeed(db: Conn, actor: Actor, userId: string): Promise<void> {
	await inTransaction(db, async (trx) => {
		await deleteFeed(trx, userId);
		await recordAudit(trx, actor, {
			action: 'feed.revoke',
			objectType: 'calendar_feed',
			objectId: userId,
			detail: {}
		});
	});
}

/** The user a feed token belongs to, or null: a wrong or revoked token learns nothing. */
export async function feedOwner(db: Conn, token: string): Promise<string | null> {
	const parts = splitToken(token);
	if (!parts) return null;
	const row = await findFeed(db, parts.id);
	return row && secretMatches(parts.secret, row.secret_hash) ? row.user_id : null;
}
