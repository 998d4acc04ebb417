import { generateSecureRandomString, hashSecret } from '../auth/token';
import { nowIso } from '../ids';
import type { Conn } from '../db';

/** A browser stays known to an account for this long after its last successful sign-in. */
const KNOWN_FOR_MS = 180 * 24 * 60 * 60 * 1000;

/** True when this browser's device secret has signed in to the account within the last 180 days. */
export async function isKnownDevice(db: Conn, userId: string, deviceSecret: string): Promise<boolean> {
	const row = await db
		.selectFrom('known_devices')
		.select(['last_used_at'])
		.where('user_id', '=', userId)
		.where('secret_hash', '=', hashSecret(deviceSecret))
		.executeTakeFirst();
	return !!row && Date.now() - Date.parse(row.last_used_at) < KNOWN_FOR_MS;
}

/** Records a successful sign-in from this browser; only the secret's SHA-256 is stored. */
export async function rememberDevice(db: Conn, userId: string, deviceSecret: string): Promise<void> {
	const now = nowIso();
	const secretHash = hashSecret(deviceSecret);
	const res = await db
		.updateTable('known_devices')
		.set({ last_used_at: now })
		.where('user_id', '=', userId)
		.where('secret_hash', '=', secretHash)
		.executeTakeFirst();
	if (Number(res.numUpdatedRows) > 0) return;
	await db
		.insertInto('known_devices')
		.values({
			id: generateSecureRandomString(),
			user_id: userId,
			secret_hash: secretHash,
			created_at: now,
			last_used_at: now
		})
		.execute();
}

/** Forgets every browser of an account (password change, account disabled). */
export async function forgetDevices(db: Conn, userId: string): Promise<void> {
	await db.deleteFrom('known_devices').where('user_id', '=', userId).execute();
}
