import type { Kysely } from 'kysely';
import { generateSecureRandomString, hashSecret, secretMatches, splitToken } from '../auth/token';
import type { Database } from '../db/schema';
import { DEFAULT_TOKEN_LIFETIME_DAYS } from '../../schemas/account';
import { DomainError } from '../errors';
import { nowIso } from '../ids';
import { recordAudit, type Actor } from '../services/audit';
import type { Conn } from '../db';

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
		await trx
			.insertInto('api_tokens')
			.values({
				id,
				user_id: userId,
				label,
				secret_hash: hashSecret(secret),
				created_at: createdAt,
				last_used_at: null,
				expires_at: expiresAt
			})
			.execute();
		await recordAudit(trx, actor, {
			action: 'token.create',
			objectType: 'api_token',
			objectId: id,
			detail: { label, expiresAt }
		});
	});
	return { id, token: `${PREFIX}${id}.${secret}`, expiresAt };
}

export async function listApiTokens(db: Conn, userId: string) {
	return db
		.selectFrom('api_tokens')
		.select(['id', 'label', 'created_at', 'last_used_at', 'expires_at'])
		.where('user_id', '=', userId)
		.orderBy('created_at', 'desc')
		.execute();
}

export async function revokeApiToken(
	db: Kysely<Database>,
	actor: Actor,
	userId: string,
	tokenId: string
): Promise<void> {
	await db.transaction().execute(async (trx) => {
		const res = await trx
			.deleteFrom('api_tokens')
			.where('id', '=', tokenId)
			.where('user_id', '=', userId)
			.executeTakeFirst();
		if (Number(res.numDeletedRows) === 0) throw new DomainError('not_found', 'error.notFound');
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
	const row = await db
		.selectFrom('api_tokens')
		.innerJoin('users', 'users.id', 'api_tokens.user_id')
		.select([
			'api_tokens.id',
			'api_tokens.user_id',
			'api_tokens.secret_hash',
			'api_tokens.last_used_at',
			'api_tokens.expires_at',
			'users.disabled_at'
		])
		.where('api_tokens.id', '=', parts.id)
		.executeTakeFirst();
	if (!row || !secretMatches(parts.secret, row.secret_hash) || row.disabled_at) return { status: 'invalid' };
	if (!row.expires_at || Date.now() >= Date.parse(row.expires_at)) return { status: 'expired' };
	if (!row.last_used_at || Date.now() - Date.parse(row.last_used_at) > USAGE_WRITE_INTERVAL_MS) {
		await db.updateTable('api_tokens').set({ last_used_at: nowIso() }).where('id', '=', row.id).execute();
	}
	return { status: 'valid', userId: row.user_id };
}

/** Resolves a bearer token to its user id, or null when it is invalid or expired. */
export async function validateApiToken(db: Kysely<Database>, token: string): Promise<string | null> {
	const check = await checkApiToken(db, token);
	return check.status === 'valid' ? check.userId : null;
}

/** Revokes every token of a user (password change, account disabled); the caller owns the transaction. */
export async function revokeAllApiTokens(db: Conn, userId: string): Promise<number> {
	const res = await db.deleteFrom('api_tokens').where('user_id', '=', userId).executeTakeFirst();
	return Number(res.numDeletedRows);
}
