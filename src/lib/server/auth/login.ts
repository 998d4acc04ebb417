import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { findUserById, findUserByEmail } from '../repo/users';
import { accountFailureBucket, ipLoginBucket } from './rate-limit';
import { hashPassword, verifyPassword } from './password';

export type LoginOutcome =
	| { ok: true; userId: string }
	| { ok: false; reason: 'throttled' | 'invalid' };

// Verifying against a real hash even for unknown emails keeps response time from revealing which accounts exist.
let dummyHash: Promise<string> | null = null;
function timingDummy(): Promise<string> {
	dummyHash ??= hashPassword('timing-equaliser-not-a-password');
	return dummyHash;
}

export async function attemptLogin(
	db: Kysely<Database>,
	email: string,
	password: string,
	ip: string | null
): Promise<LoginOutcome> {
	if (ip && !ipLoginBucket.consume(ip, 1)) return { ok: false, reason: 'throttled' };
	if (!accountFailureBucket.check(email, 1)) return { ok: false, reason: 'throttled' };
	const user = await findUserByEmail(db, email);
	const valid = await verifyPassword(user?.password_hash ?? (await timingDummy()), password);
	if (!user || !valid) {
		accountFailureBucket.consume(email, 1);
		return { ok: false, reason: 'invalid' };
	}
	accountFailureBucket.reset(email);
	return { ok: true, userId: user.id };
}

/** Re-checks a signed-in user's password (password change, later sign-off), under the same per-account limit. */
export async function confirmPassword(db: Kysely<Database>, userId: string, password: string): Promise<LoginOutcome> {
	const user = await findUserById(db, userId);
	if (!user) return { ok: false, reason: 'invalid' };
	if (!accountFailureBucket.check(user.email, 1)) return { ok: false, reason: 'throttled' };
	if (!(await verifyPassword(user.password_hash, password))) {
		accountFailureBucket.consume(user.email, 1);
		return { ok: false, reason: 'invalid' };
	}
	return { ok: true, userId };
}
