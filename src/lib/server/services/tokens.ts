import type { Kysely } from 'kysely';
import { generateSecureRandomString, hashSecret, secretMatches, splitToken } from '../auth/token';
import type { Database } from '../db/schema';
import { DEFAULT_TOKEN_LIFETIME_DAYS } from '../../schemas/account';
import { nowIso } from '../ids';
import { deleteApiToken, findApiToken, insertApiToken, touchApiToken } from '../repo/tokens';
import { recordAudit, type Actor } from './audit';

/** Personal access tokens look like `cwb_<id>.<secret>`; only the secret's SHA-256 is stored. */
const PREFIX = 'cwb_';
const USAGE_WRITE_INTERVAL_MS = 60_000;
const DAY_MS = 24 * 60 * 60 * 1000;

export async function createApiToken(
	db: Kysely<Database>,
	actor: Actor,
	userId: string,
	label: string,
	expiresInDays: number = DEFAULT_TOKEN_LIFETIME_DAYS
): Promise<{ id: string; token: string; expiresAt: string }> {
	const id = generateSecureRandomString();
	const secret = generateSecureRandomString();
	const createdAt = nowIso();
	const expiresAt = new Date(Date.parse(createdAt) + expiresInDays * DAY_MS).toISOString();
	await db.transaction().execute(async (trx) => {
		await insertApiToken(trx, { id, userId, label, secretHash: hashSecret(secret), createdAt, expiresAt });
		await recordAudit(trx, actor, {
			action: 'token.create',
			objectType: 'api_token',
			objectId: id,
			detail: { label, expiresAt }
		});
	});
	return { id, token: `${PREFIX}${id}.${secret}`, expiresAt };
}

export async function revokeApiToken(
	db: Kysely<Database>,
	actor: Actor,
	userId: string,
	tokenId: string
): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await deleteApiToken(trx, userId, tokenId);
		await recordAudit(trx, actor, { action: 'token.revoke', objectType: 'api_token', objectId: tokenId });
	});
}

export type ApiTokenCheck =
	{ status: 'valid'; userId: string } | { status: 'expired' } | { status: 'invalid' };

/**
 * Checks a bearer token: valid (its user id), expired (recognised, but past its expiry) or invalid (unknown,
 * malformed, or its user disabled). Records use at most once a minute.
 */
export async function checkApiToken(db: Kysely<Database>, token: string): Promise<ApiTokenCheck> {
	if (!token.startsWith(PREFIX)) return { status: 'invalid' };
	const parts = splitToken(token.slice(PREFIX.length));
	if (!parts) return { status: 'invalid' };
	const row = await findApiToken(db, parts.id);
	if (!row || !secretMatches(parts.secret, row.secret_hash) || row.disabled_at) return { status: 'invalid' };
	if (!row.expires_at || Date.now() >= Date.parse(row.expires_at)) return { status: 'expired' };
	if (!row.last_used_at || Date.now() - Date.parse(row.last_used_at) > USAGE_WRITE_INTERVAL_MS)
		await touchApiToken(db, row.id);
	return { status: 'valid', userId: row.user_id };
}

/** Resolves a bearer token to its user id, or null when it is invalid or expired. */
export async function validateApiToken(db: Kysely<Database>, token: string): Promise<string | null> {
	const check = await checkApiToken(db, token);
	return check.status === 'valid' ? check.userId : null;
}
