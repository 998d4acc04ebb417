import type { UserListEntry } from '../../accounts/views';
import type { User } from '../db/schema';
import { nowIso } from '../ids';
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

export async function insertUser(db: Conn, user: User): Promise<void> {
	await db.insertInto('users').values(user).execute();
}

/** Updates an account's columns; false when there is no such account. */
export async function updateUser(
	db: Conn,
	userId: string,
	changes: Partial<Pick<User, 'name' | 'locale' | 'password_hash' | 'is_admin' | 'disabled_at'>>
): Promise<boolean> {
	const res = await db
		.updateTable('users')
		.set({ ...changes, updated_at: nowIso() })
		.where('id', '=', userId)
		.executeTakeFirst();
	return Number(res.numUpdatedRows) > 0;
}

/**
 * The ids of the admins (only the enabled ones, when asked), after taking their row locks (PostgreSQL), so two
 * concurrent revocations cannot each count the other.
 */
export async function lockAdmins(db: Conn, options: { enabledOnly?: boolean } = {}): Promise<string[]> {
	await db
		.updateTable('users')
		.set((eb) => ({ is_admin: eb.ref('is_admin') }))
		.where('is_admin', '=', 1)
		.execute();
	let q = db.selectFrom('users').select('id').where('is_admin', '=', 1);
	if (options.enabledOnly) q = q.where('disabled_at', 'is', null);
	return (await q.execute()).map((a) => a.id);
}

/**
 * Ends an account's access: its sessions (but one, when kept), its API tokens and known devices, and on
 * request its calendar feed. Answers how many API tokens were revoked.
 */
export async function revokeUserAccess(
	db: Conn,
	userId: string,
	options: { keepSessionId?: string | null; calendarFeed?: boolean } = {}
): Promise<number> {
	let sessions = db.deleteFrom('sessions').where('user_id', '=', userId);
	if (options.keepSessionId) sessions = sessions.where('id', '!=', options.keepSessionId);
	await sessions.execute();
	const tokens = await db.deleteFrom('api_tokens').where('user_id', '=', userId).executeTakeFirst();
	if (options.calendarFeed) await db.deleteFrom('calendar_feeds').where('user_id', '=', userId).execute();
	await db.deleteFrom('known_devices').where('user_id', '=', userId).execute();
	return Number(tokens.numDeletedRows);
}

export async function listUsers(db: Conn): Promise<UserListEntry[]> {
	const rows = await db
		.selectFrom('users')
		.select(['id', 'email', 'name', 'is_admin', 'locale', 'created_at', 'disabled_at'])
		.orderBy('created_at', 'asc')
		.execute();
	return rows.map((u) => ({
		id: u.id,
		email: u.email,
		name: u.name,
		isAdmin: Number(u.is_admin) === 1,
		locale: u.locale,
		createdAt: u.created_at,
		disabledAt: u.disabled_at
	}));
}
