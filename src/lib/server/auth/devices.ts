import type { Conn } from '../db';
import { insertKnownDevice, knownDeviceLastUsed, touchKnownDevice } from '../repo/known-devices';
import { generateSecureRandomString, hashSecret } from './token';

/** A browser stays known to an account for this long after its last successful sign-in. */
const KNOWN_FOR_MS = 180 * 24 * 60 * 60 * 1000;

/** True when this browser's device secret has signed in to the account within the last 180 days. */
export async function isKnownDevice(db: Conn, userId: string, deviceSecret: string): Promise<boolean> {
	const lastUsed = await knownDeviceLastUsed(db, userId, hashSecret(deviceSecret));
	return !!lastUsed && Date.now() - Date.parse(lastUsed) < KNOWN_FOR_MS;
}

/** Records a successful sign-in from this browser; only the secret's SHA-256 is stored. */
export async function rememberDevice(db: Conn, userId: string, deviceSecret: string): Promise<void> {
	const secretHash = hashSecret(deviceSecret);
	if (await touchKnownDevice(db, userId, secretHash)) return;
	await insertKnownDevice(db, { id: generateSecureRandomString(), userId, secretHash });
}
