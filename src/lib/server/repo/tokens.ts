import type { Kysely, Transaction } from 'kysely';
import { generateSecureRandomString, hashSecret, secretMatches, splitToken } from '../auth/token';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { nowIso } from '../ids';
import { recordAudit, type Actor } from './audit';

type Conn = Kysely<Database> | Transaction<Database>;

/** Personal access tokens look like `cwb_<id>.<secret>`; only the secret's SHA-256 is stored. */
const PREFIX = 'cwb_';
const USAGE_WRITE_INTERVAL_MS = 60_000;

export async function createApiToken(
	db: Kysely<Database>,
	actor: Actor,
	userId: string,
	label: string
): Promise<{ id: string; token: string }> {
	const id = generateSecureRandomString();
	const secret = generateSecureRandomString();
	await db.transaction().execute(async (trx) => {
		await trx
			.insertInto('api_tokens')
			.values({ id, user_id: userId, label, secret_hash: hashSecret(secret), created_at: nowIso(), last_used_at: null })
			.execute();
		await recordAudit(trx, actor, { action: 'token.create', objectType: 'api_token', objectId: id, detail: { label } });
	});
	return { id, token: `${PREFIX}${id}.${secret}` };
}

export async function listApiTokens(db: Conn, userId: string) {
	return db
		.selectFrom('api_tokens')
		.select(['id', 'label', 'created_at', 'last_used_at'])
		.where('user_id', '=', userId)
		.orderBy('created_at', 'desc')
		.execute();
}

export async function revokeApiToken(db: Kysely<Database>, actor: Actor, userId: string, tokenId: string): Promise<void> {
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

/** Resolves a bearer token to its user id, or null; records use at most once a minute. */
export async function validateApiToken(db: Kysely<Database>, token: string): Promise<string | null> {
	if (!token.startsWith(PREFIX)) return null;
	const parts = splitToken(token.slice(PREFIX.length));
	if (!parts) return null;
	const row = await db
		.selectFrom('api_tokens')
		.select(['id', 'user_id', 'secret_hash', 'last_used_at'])
		.where('id', '=', parts.id)
		.executeTakeFirst();
	if (!row || !secretMatches(parts.secret, row.secret_hash)) return null;
	if (!row.last_used_at || Date.now() - Date.parse(row.last_used_at) > USAGE_WRITE_INTERVAL_MS) {
		await db.updateTable('api_tokens').set({ last_used_at: nowIso() }).where('id', '=', row.id).execute();
	}
	return row.user_id;
}
