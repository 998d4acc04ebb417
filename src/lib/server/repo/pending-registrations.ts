import type { PendingRegistration } from '../db/schema';
import { nowIso } from '../ids';
import type { Conn } from '../db';

export async function insertPendingRegistration(db: Conn, row: PendingRegistration): Promise<void> {
	await db.insertInto('pending_registrations').values(row).execute();
}

export async function findPendingRegistrationById(
	db: Conn,
	id: string
): Promise<PendingRegistration | undefined> {
	return db.selectFrom('pending_registrations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Drops every pending registration of an address (the account now exists). */
export async function deletePendingRegistrations(db: Conn, email: string): Promise<void> {
	await db.deleteFrom('pending_registrations').where('email', '=', email).execute();
}

/** Drops links that can no longer be followed. */
export async function purgeExpiredRegistrations(db: Conn): Promise<void> {
	await db.deleteFrom('pending_registrations').where('expires_at', '<=', nowIso()).execute();
}
