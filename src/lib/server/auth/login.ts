import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { isKnownDevice } from './devices';
import { findUserById, findUserByEmail } from '../repo/users';
import {
	accountGuessBudget,
	accountIpBackoff,
	ipLoginBucket,
	knownDeviceFailures,
	reauthFailures
} from './rate-limit';
import { hashPassword, verifyPassword } from './password';

export type LoginOutcome =
	| { ok: true; userId: string }
	| { ok: false; reason: 'invalid' | 'disabled' }
	/** Too many attempts from this address, or from this address at this account: wait and retry. */
	| { ok: false; reason: 'throttled'; retryAfterSeconds: number }
	/** The account's guess budget is spent: only a browser that signed in to it before may try now. */
	| { ok: false; reason: 'newDeviceLocked'; retryAfterSeconds: number };

export type ConfirmOutcome = { ok: true; userId: string } | { ok: false; reason: 'throttled' | 'invalid' };

// Verifying against a real hash even for unknown emails keeps response time from revealing which accounts exist.
let dummyHash: Promise<string> | null = null;
function timingDummy(): Promise<string> {
	dummyHash ??= hashPassword('timing-equaliser-not-a-password');
	return dummyHash;
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * Signs in with email and password. Nothing here locks an account: a stranger is slowed per address and per
 * (account, address), and all strangers together get at most 100 failed guesses per account in any hour;
 * after that a browser that has signed in to the account before (its device secret, from a cookie) may
 * still sign in, so the owner is not locked out by someone else's guessing. Unknown and existing emails are
 * throttled alike, so the limits reveal nothing about which accounts exist.
 */
export async function attemptLogin(
	db: Kysely<Database>,
	email: string,
	password: string,
	ip: string | null,
	deviceSecret: string | null = null
): Promise<LoginOutcome> {
	const account = email.trim().toLowerCase();
	if (ip && !ipLoginBucket.consume(ip, 1)) return { ok: false, reason: 'throttled', retryAfterSeconds: 2 };
	const pairKey = `${account}\n${ip ?? ''}`;
	const backoff = accountIpBackoff.retryAfterMs(pairKey);
	if (backoff > 0) return { ok: false, reason: 'throttled', retryAfterSeconds: seconds(backoff) };

	const user = await findUserByEmail(db, account);
	const known = !!user && !!deviceSecret && (await isKnownDevice(db, user.id, deviceSecret));
	const deviceKey = known ? `${user!.id}\n${deviceSecret}` : null;
	if (deviceKey) {
		if (knownDeviceFailures.remaining(deviceKey) === 0) {
			return {
				ok: false,
				reason: 'throttled',
				retryAfterSeconds: seconds(knownDeviceFailures.retryAfterMs(deviceKey))
			};
		}
	} else if (accountGuessBudget.remaining(account) === 0) {
		// Refused before any verification: a spent budget gives a stranger no further guess.
		return {
			ok: false,
			reason: 'newDeviceLocked',
			retryAfterSeconds: seconds(accountGuessBudget.retryAfterMs(account))
		};
	}

	// The guess is counted before the (slow) verification, so concurrent requests cannot overdraw the budget;
	// it is taken back only if the password turns out right. A known device's failures count here too.
	const reserved = accountGuessBudget.record(account);
	const valid = await verifyPassword(user?.password_hash ?? (await timingDummy()), password);
	if (!user || !valid) {
		accountIpBackoff.fail(pairKey);
		if (deviceKey) knownDeviceFailures.record(deviceKey);
		return { ok: false, reason: 'invalid' };
	}
	accountGuessBudget.release(account, reserved);
	if (user.disabled_at) return { ok: false, reason: 'disabled' };
	// The account budget is not reset on success: the owner signing in must not hand a stranger new guesses.
	accountIpBackoff.reset(pairKey);
	if (deviceKey) knownDeviceFailures.reset(deviceKey);
	return { ok: true, userId: user.id };
}

/**
 * Re-checks a signed-in user's password (password change), under the re-authentication limit shared with
 * signing: only the user's own session can spend it, and a stranger's login attempts do not touch it.
 */
export async function confirmPassword(
	db: Kysely<Database>,
	userId: string,
	password: string
): Promise<ConfirmOutcome> {
	const user = await findUserById(db, userId);
	if (!user) return { ok: false, reason: 'invalid' };
	if (!reauthFailures.check(userId, 1)) return { ok: false, reason: 'throttled' };
	if (!(await verifyPassword(user.password_hash, password))) {
		reauthFailures.consume(userId, 1);
		return { ok: false, reason: 'invalid' };
	}
	reauthFailures.reset(userId);
	return { ok: true, userId };
}
