import type { ApiTokenView } from '../../accounts/views';
import { DomainError } from '../errors';
import { nowIso } from '../ids';
import type { Conn } from '../db';

export async function insertApiToken(
	db: Conn,
	token: {
		id: string;
		userId: string;
		label: string;
		secretHash: string;
		createdAt: string;
		expiresAt: string;
	}
): Promise<void> {
	await db
		.insertInto('api_tokens')
		.values({
			id: token.id,
			user_id: token.userId,
			label: token.label,
			secret_hash: token.secretHash,
			created_at: token.createdAt,
			last_used_at: null,
			expires_at: token.expiresAt
		})
		.execute();
}

export async function listApiTokens(db: Conn, userId: string): Promise<ApiTokenView[]> {
	const rows = await db
		.selectFrom('api_tokens')
		.select(['id', 'label', 'created_at', 'last_used_at', 'expires_at'])
		.where('user_id', '=', userId)
		.orderBy('created_at', 'desc')
		.execute();
	return rows.map((t) => ({
		id: t.id,
		label: t.label,
		createdAt: t.created_at,
		lastUsedAt: t.last_used_at,
		expiresAt: t.expires_at
	}));
}

/** Deletes one token of a user; not found when it is not theirs (or already gone). */
export async function deleteApiToken(db: Conn, userId: string, tokenId: string): Promise<void> {
	const res = await db
		.deleteFrom('api_tokens')
		.where('id', '=', tokenId)
		.where('user_id', '=', userId)
		.executeTakeFirst();
	if (Number(res.numDeletedRows) === 0) throw new DomainError('not_found', 'error.notFound');
}

/** A token's stored hash, usage and expiry, with whether its user is disabled. */
export async function findApiToken(db: Conn, tokenId: string) {
	return db
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
		.where('api_tokens.id', '=', tokenId)
		.executeTakeFirst();
}

export async function touchApiToken(db: Conn, tokenId: string): Promise<void> {
	await db.updateTable('api_tokens').set({ last_used_at: nowIso() }).where('id', '=', tokenId).execute();
}

/** Revokes every token of a user (password change, account disabled); the caller owns the transaction. */
export async function revokeAllApiTokens(db: Conn, userId: string): Promise<number> {
	const res = await db.deleteFrom('api_tokens').where('user_id', '=', userId).executeTakeFirst();
	return Number(res.numDeletedRows);
}
