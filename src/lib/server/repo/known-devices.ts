import { nowIso } from '../ids';
import type { Conn } from '../db';

/** When this browser (its device secret's hash) last signed in to the account, if ever. */
export async function knownDeviceLastUsed(
	db: Conn,
	userId: string,
	secretHash: string
): Promise<string | undefined> {
	const row = await db
		.selectFrom('known_devices')
		.select(['last_used_at'])
		.where('user_id', '=', userId)
		.where('secret_hash', '=', secretHash)
		.executeTakeFirst();
	return row?.last_used_at;
}

/** Marks a known browser as used now; false when the account does not know it yet. */
export async function touchKnownDevice(db: Conn, userId: string, secretHash: string): Promise<boolean> {
	const res = await db
		.updateTable('known_devices')
		.set({ last_used_at: nowIso() })
		.where('user_id', '=', userId)
		.where('secret_hash', '=', secretHash)
		.executeTakeFirst();
	return Number(res.numUpdatedRows) > 0;
}

export async function insertKnownDevice(
	db: Conn,
	device: { id: string; userId: string; secretHash: string }
): Promise<void> {
	const now = nowIso();
	await db
		.insertInto('known_devices')
		.values({
			id: device.id,
			user_id: device.userId,
			secret_hash: device.secretHash,
			created_at: now,
			last_used_at: now
		})
		.execute();
}

/** Forgets every browser of an account (password change, account disabled). */
export async function forgetDevices(db: Conn, userId: string): Promise<void> {
	await db.deleteFrom('known_devices').where('user_id', '=', userId).execute();
}
