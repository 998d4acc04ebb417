import type { Kysely } from 'kysely';
import type { Database, User } from '../db/schema';
import { DomainError } from '../errors';
import { newId, nowIso } from '../ids';
import { recordAudit, type Actor } from '../services/audit';
import type { Conn } from '../db';

export async function findUserByEmail(db: Conn, email: string): Promise<User | undefined> {
	return db
		.selectFrom('users')
		.selectAll()
		.where('email', '=', email.trim().toLowerCase())
		.executeTakeFirst();
}

export async function findUserById(db: Conn, id: string): Promise<User | undefined> {
	return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countUsers(db: Conn): Promise<number> {
	const row = await db
		.selectFrom('users')
		.select((eb) => eb.fn.countAll().as('n'))
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

/** Creates an account; the first account of an instance becomes its admin (checked inside the transaction). */
export async function createUser(
	db: Kysely<Database>,
	actor: Actor,
	input: { email: string; name: string; passwordHash: string; locale?: string; isAdmin?: boolean }
): Promise<User> {
	return db.transaction().execute(async (trx) => {
		if (await findUserByEmail(trx, input.email)) {
			throw new DomainError('conflict', 'validation.emailTaken', { field: 'email' });
		}
		const first = (await countUsers(trx)) === 0;
		const now = nowIso();
		const user: User = {
			id: newId(),
			email: input.email.trim().toLowerCase(),
			name: input.name,
			password_hash: input.passwordHash,
			is_admin: first || input.isAdmin ? 1 : 0,
			locale: input.locale ?? 'zh-CN',
			created_at: now,
			updated_at: now,
			disabled_at: null
		};
		await trx.insertInto('users').values(user).execute();
		await recordAudit(
			trx,
			{ ...actor, userId: actor.userId ?? user.id },
			{
				action: 'user.create',
				objectType: 'user',
				objectId: user.id,
				detail: { email: user.email, isAdmin: user.is_admin === 1 }
			}
		);
		return user;
	});
}

export async function updateProfile(
	db: Kysely<Database>,
	actor: Actor,
	userId: string,
	changes: { name?: string; locale?: string }
): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await trx
			.updateTable('users')
			.set({ ...changes, updated_at: nowIso() })
			.where('id', '=', userId)
			.execute();
		await recordAudit(trx, actor, {
			action: 'user.update',
			objectType: 'user',
			objectId: userId,
			detail: changes
		});
	});
}

/**
 * Sets a new password and, in the same transaction, ends every other session of the user, revokes all their
 * API tokens and forgets their known devices: whoever held any of them must now know the new password.
 */
export async function setPassword(
	db: Kysely<Database>,
	actor: Actor,
	userId: string,
	passwordHash: string,
	keepSessionId: string | null
): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await trx
			.updateTable('users')
			.set({ password_hash: passwordHash, updated_at: nowIso() })
			.where('id', '=', userId)
			.execute();
		let q = trx.deleteFrom('sessions').where('user_id', '=', userId);
		if (keepSessionId) q = q.where('id', '!=', keepSessionId);
		await q.execute();
		const tokens = await trx.deleteFrom('api_tokens').where('user_id', '=', userId).executeTakeFirst();
		await trx.deleteFrom('known_devices').where('user_id', '=', userId).execute();
		await recordAudit(trx, actor, {
			action: 'user.password',
			objectType: 'user',
			objectId: userId,
			detail: { tokensRevoked: Number(tokens.numDeletedRows) }
		});
	});
}

export async function setAdmin(
	db: Kysely<Database>,
	actor: Actor,
	userId: string,
	isAdmin: boolean
): Promise<void> {
	await db.transaction().execute(async (trx) => {
		if (!isAdmin) {
			// Lock the admin rows first (PostgreSQL), so two concurrent revocations cannot each count the other.
			await trx
				.updateTable('users')
				.set((eb) => ({ is_admin: eb.ref('is_admin') }))
				.where('is_admin', '=', 1)
				.execute();
			const admins = await trx.selectFrom('users').select('id').where('is_admin', '=', 1).execute();
			if (admins.length <= 1 && admins.some((a) => a.id === userId)) {
				throw new DomainError('conflict', 'admin.lastAdmin');
			}
		}
		const res = await trx
			.updateTable('users')
			.set({ is_admin: isAdmin ? 1 : 0, updated_at: nowIso() })
			.where('id', '=', userId)
			.executeTakeFirst();
		if (Number(res.numUpdatedRows) === 0) throw new DomainError('not_found', 'error.notFound');
		await recordAudit(trx, actor, {
			action: 'user.admin',
			objectType: 'user',
			objectId: userId,
			detail: { isAdmin }
		});
	});
}

/**
 * Disables or re-enables an account. Disabling ends every session, revokes every API token and the calendar
 * feed, and forgets known devices, in one transaction; an admin cannot disable themselves, nor the last
 * enabled admin.
 */
export async function setDisabled(
	db: Kysely<Database>,
	actor: Actor,
	userId: string,
	disabled: boolean
): Promise<void> {
	if (disabled && actor.userId === userId) throw new DomainError('conflict', 'admin.cannotDisableSelf');
	await db.transaction().execute(async (trx) => {
		if (disabled) {
			// Lock the admin rows first (PostgreSQL), as setAdmin does, so the last admin cannot be disabled in a race.
			await trx
				.updateTable('users')
				.set((eb) => ({ is_admin: eb.ref('is_admin') }))
				.where('is_admin', '=', 1)
				.execute();
			const admins = await trx
				.selectFrom('users')
				.select('id')
				.where('is_admin', '=', 1)
				.where('disabled_at', 'is', null)
				.execute();
			if (admins.length <= 1 && admins.some((a) => a.id === userId))
				throw new DomainError('conflict', 'admin.lastAdmin');
		}
		const now = nowIso();
		const res = await trx
			.updateTable('users')
			.set({ disabled_at: disabled ? now : null, updated_at: now })
			.where('id', '=', userId)
			.executeTakeFirst();
		if (Number(res.numUpdatedRows) === 0) throw new DomainError('not_found', 'error.notFound');
		let tokensRevoked = 0;
		if (disabled) {
			await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
			tokensRevoked = Number(
				(await trx.deleteFrom('api_tokens').where('user_id', '=', userId).executeTakeFirst()).numDeletedRows
			);
			await trx.deleteFrom('calendar_feeds').where('user_id', '=', userId).execute();
			await trx.deleteFrom('known_devices').where('user_id', '=', userId).execute();
		}
		await recordAudit(trx, actor, {
			action: disabled ? 'user.disable' : 'user.enable',
			objectType: 'user',
			objectId: userId,
			detail: disabled ? { tokensRevoked } : {}
		});
	});
}

export async function listUsers(db: Conn) {
	return db
		.selectFrom('users')
		.select(['id', 'email', 'name', 'is_admin', 'locale', 'created_at', 'disabled_at'])
		.orderBy('created_at', 'asc')
		.execute();
}
