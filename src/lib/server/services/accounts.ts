import type { Kysely } from 'kysely';
import type { Database, User } from '../db/schema';
import { DomainError } from '../errors';
import { newId, nowIso } from '../ids';
import {
	countUsers,
	findUserByEmail,
	insertUser,
	lockAdmins,
	revokeUserAccess,
	updateUser
} from '../repo/users';
import { rememberDevice } from '../auth/devices';
import { recordAudit, type Actor } from './audit';
import { inTransaction } from './transaction';
import type { Conn } from '../db';

/**
 * Creates an account; the first account of an instance becomes its admin (checked inside the transaction). Inside
 * the caller's transaction when `db` is one (accepting an invitation creates the account and the membership).
 */
export async function createUser(
	db: Conn,
	actor: Actor,
	input: { email: string; name: string; passwordHash: string; locale?: string; isAdmin?: boolean }
): Promise<User> {
	return inTransaction(db, async (trx) => {
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
		await insertUser(trx, user);
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
		await updateUser(trx, userId, changes);
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
 * API tokens and forgets their known devices: whoever held any of them must now know the new password. The
 * browser that just proved the new password (`keepDeviceSecret`) is remembered again.
 */
export async function setPassword(
	db: Kysely<Database>,
	actor: Actor,
	userId: string,
	passwordHash: string,
	keepSessionId: string | null,
	keepDeviceSecret?: string
): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await updateUser(trx, userId, { password_hash: passwordHash });
		const tokensRevoked = await revokeUserAccess(trx, userId, { keepSessionId });
		if (keepDeviceSecret) await rememberDevice(trx, userId, keepDeviceSecret);
		await recordAudit(trx, actor, {
			action: 'user.password',
			objectType: 'user',
			objectId: userId,
			detail: { tokensRevoked }
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
			const admins = await lockAdmins(trx);
			if (admins.length <= 1 && admins.includes(userId)) throw new DomainError('conflict', 'admin.lastAdmin');
		}
		if (!(await updateUser(trx, userId, { is_admin: isAdmin ? 1 : 0 })))
			throw new DomainError('not_found', 'error.notFound');
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
			const admins = await lockAdmins(trx, { enabledOnly: true });
			if (admins.length <= 1 && admins.includes(userId)) throw new DomainError('conflict', 'admin.lastAdmin');
		}
		if (!(await updateUser(trx, userId, { disabled_at: disabled ? nowIso() : null })))
			throw new DomainError('not_found', 'error.notFound');
		const tokensRevoked = disabled ? await revokeUserAccess(trx, userId, { calendarFeed: true }) : 0;
		await recordAudit(trx, actor, {
			action: disabled ? 'user.disable' : 'user.enable',
			objectType: 'user',
			objectId: userId,
			detail: disabled ? { tokensRevoked } : {}
		});
	});
}
