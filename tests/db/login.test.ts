import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import { attemptLogin, confirmPassword, type LoginOutcome } from '../../src/lib/server/auth/login';
import { hash } from '@node-rs/argon2';
import { accountGuessBudget, ipLoginBucket, reauthFailures } from '../../src/lib/server/auth/rate-limit';
import { isKnownDevice, rememberDevice } from '../../src/lib/server/auth/devices';
import { createUser, setDisabled } from '../../src/lib/server/services/accounts';
import { DIALECTS, useDatabase } from './dialects';
import { actor } from './fixtures';

const PASSWORD = 'a long enough passphrase';
const OWNER_DEVICE = 'ownerbrowsersecret234567';
const T0 = new Date('2026-03-01T08:00:00.000Z');
let passwordHash: string;
const reason = (outcome: LoginOutcome) => (outcome.ok ? 'ok' : outcome.reason);

beforeAll(async () => {
	// Cheap argon2id parameters (the hash carries them): these tests are about counting, not hashing cost.
	passwordHash = await hash(PASSWORD, { memoryCost: 1024, timeCost: 1, parallelism: 1, algorithm: 2 });
});

for (const dialect of DIALECTS) {
	describe(`attemptLogin / confirmPassword (${dialect})`, () => {
		let db: Kysely<Database>;
		// The throttles live for the whole process: every test gets its own account and addresses.
		let n = 0;
		let email: string;
		let userId: string;
		const ip = () => `198.51.100.${++n}-${dialect}`;
		const advance = (seconds: number) => vi.setSystemTime(Date.now() + seconds * 1000);

		const h = useDatabase(dialect, { per: 'suite' });
		beforeAll(() => {
			db = h.db;
		});
		beforeEach(async () => {
			vi.useFakeTimers({ toFake: ['Date'] });
			vi.setSystemTime(T0);
			email = `login-${++n}-${dialect}@example.com`;
			userId = (await createUser(db, actor(null), { email, name: 'Login', passwordHash })).id;
		});
		afterEach(() => vi.useRealTimers());

		it('signs in with the right password only', async () => {
			expect(await attemptLogin(db, email, PASSWORD, ip())).toEqual({ ok: true, userId });
			expect(await attemptLogin(db, email, `${PASSWORD}!`, ip())).toEqual({ ok: false, reason: 'invalid' });
			expect(await attemptLogin(db, 'nobody@example.com', PASSWORD, ip())).toEqual({
				ok: false,
				reason: 'invalid'
			});
		});

		it('slows one address at one account exponentially after five failures, without touching other addresses', async () => {
			const attacker = ip();
			for (let i = 0; i < 5; i++)
				expect(reason(await attemptLogin(db, email, 'wrong password', attacker))).toBe('invalid');
			expect(await attemptLogin(db, email, PASSWORD, attacker)).toEqual({
				ok: false,
				reason: 'throttled',
				retryAfterSeconds: 1
			});
			advance(1);
			expect(reason(await attemptLogin(db, email, 'wrong password', attacker))).toBe('invalid');
			expect(await attemptLogin(db, email, PASSWORD, attacker)).toEqual({
				ok: false,
				reason: 'throttled',
				retryAfterSeconds: 2
			});
			// The owner elsewhere is not slowed at all.
			expect(await attemptLogin(db, email, PASSWORD, ip())).toEqual({ ok: true, userId });
			advance(2);
			expect(await attemptLogin(db, email, PASSWORD, attacker)).toEqual({ ok: true, userId });
		});

		it('throttles an address after a burst of 30 attempts, whatever the account', async () => {
			const addr = ip();
			ipLoginBucket.consume(addr, 30);
			expect(await attemptLogin(db, email, PASSWORD, addr)).toMatchObject({ ok: false, reason: 'throttled' });
			expect(await attemptLogin(db, email, PASSWORD, ip())).toEqual({ ok: true, userId });
			// Without a known address the account limits still apply.
			expect(await attemptLogin(db, email, PASSWORD, null)).toEqual({ ok: true, userId });
		});

		it('an attacker from 20 addresses gets at most 100 guesses an hour, and cannot lock the owner out of a known device', async () => {
			await rememberDevice(db, userId, OWNER_DEVICE);
			const attackers = Array.from({ length: 20 }, ip);
			const checkedAt: number[] = [];
			let refused = 0;
			// 90 minutes of 10 guesses an hour from each of 20 addresses (200 an hour), spread so the back-off never bites.
			for (let minute = 0; minute < 90; minute++) {
				for (const [i, addr] of attackers.entries()) {
					if ((minute + i) % 6 !== 0) continue;
					const outcome = await attemptLogin(db, email, `guess ${minute}-${i}`, addr);
					if (outcome.ok) throw new Error('a guess cannot succeed');
					if (outcome.reason === 'invalid') checkedAt.push(minute);
					else {
						expect(outcome.reason).toBe('newDeviceLocked');
						refused++;
					}
				}
				if (minute === 59) {
					expect(checkedAt).toHaveLength(100);
					// The owner's correct password from their usual browser still works, from any address...
					expect(await attemptLogin(db, email, PASSWORD, ip(), OWNER_DEVICE)).toEqual({ ok: true, userId });
					// ...while from a browser the account has never seen it is refused, with the reason and a time.
					const fresh = await attemptLogin(db, email, PASSWORD, ip(), 'neverseenbrowsersecret23');
					expect(fresh).toMatchObject({ ok: false, reason: 'newDeviceLocked' });
					expect(
						fresh.ok === false && 'retryAfterSeconds' in fresh && fresh.retryAfterSeconds
					).toBeGreaterThan(0);
				}
				advance(60);
			}
			// In no hour were more than 100 guesses checked against the password; the rest were refused unchecked.
			for (let start = 0; start < 90; start++) {
				expect(checkedAt.filter((m) => m >= start && m < start + 60).length).toBeLessThanOrEqual(100);
			}
			expect(checkedAt.length).toBeGreaterThan(100);
			expect(refused).toBeGreaterThanOrEqual(100);
			expect(await attemptLogin(db, email, PASSWORD, ip(), OWNER_DEVICE)).toEqual({ ok: true, userId });
		}, 120_000);

		it('counts concurrent guesses before verifying them, so a burst cannot overdraw the budget', async () => {
			for (let i = 0; i < 90; i++) accountGuessBudget.record(email);
			const outcomes = await Promise.all(
				Array.from({ length: 20 }, (_, i) => attemptLogin(db, email, `burst ${i}`, ip()))
			);
			expect(outcomes.filter((o) => !o.ok && o.reason === 'invalid')).toHaveLength(10);
			expect(outcomes.filter((o) => !o.ok && o.reason === 'newDeviceLocked')).toHaveLength(10);
			// A right password takes its reservation back: the owner's success costs the budget nothing.
			accountGuessBudget.reset(email);
			expect(await attemptLogin(db, email, PASSWORD, ip())).toEqual({ ok: true, userId });
			expect(accountGuessBudget.remaining(email)).toBe(100);
		});

		it('caps a known device that guesses too, so a stolen device cookie is no way around the budget', async () => {
			await rememberDevice(db, userId, OWNER_DEVICE);
			for (let i = 0; i < 10; i++) {
				expect(reason(await attemptLogin(db, email, `wrong ${i}`, ip(), OWNER_DEVICE))).toBe('invalid');
			}
			expect(await attemptLogin(db, email, PASSWORD, ip(), OWNER_DEVICE)).toMatchObject({
				ok: false,
				reason: 'throttled'
			});
			// The known device's failures count against the account budget as well.
			expect(accountGuessBudget.remaining(email)).toBe(90);
		});

		it('treats unknown e-mails exactly like accounts, so the limits reveal nothing', async () => {
			const ghost = `ghost-${n}-${dialect}@example.com`;
			for (let i = 0; i < 3; i++)
				expect(reason(await attemptLogin(db, ghost, `guess ${i}`, ip()))).toBe('invalid');
			expect(accountGuessBudget.remaining(ghost)).toBe(97);
			for (let i = 0; i < 97; i++) accountGuessBudget.record(ghost);
			expect(reason(await attemptLogin(db, ghost, PASSWORD, ip()))).toBe('newDeviceLocked');
		});

		it('refuses a disabled account, but only says so to someone who knows its password', async () => {
			const admin = (
				await createUser(db, actor(null), {
					email: `admin-${n}@example.com`,
					name: 'Admin',
					passwordHash,
					isAdmin: true
				})
			).id;
			await setDisabled(db, actor(admin), userId, true);
			expect(await attemptLogin(db, email, 'wrong password', ip())).toEqual({ ok: false, reason: 'invalid' });
			expect(await attemptLogin(db, email, PASSWORD, ip())).toEqual({ ok: false, reason: 'disabled' });
		});

		it('remembers devices by hash only, for 180 days after their last sign-in', async () => {
			await rememberDevice(db, userId, OWNER_DEVICE);
			const rows = await db.selectFrom('known_devices').selectAll().where('user_id', '=', userId).execute();
			expect(rows).toHaveLength(1);
			expect(JSON.stringify(rows)).not.toContain(OWNER_DEVICE);
			await rememberDevice(db, userId, OWNER_DEVICE);
			expect(
				await db.selectFrom('known_devices').select('id').where('user_id', '=', userId).execute()
			).toHaveLength(1);
			advance(179 * 86400);
			expect(await isKnownDevice(db, userId, OWNER_DEVICE)).toBe(true);
			advance(2 * 86400);
			expect(await isKnownDevice(db, userId, OWNER_DEVICE)).toBe(false);
		});

		it('confirms a signed-in user’s password under its own limit, which a login attack does not spend', async () => {
			for (let i = 0; i < 100; i++) accountGuessBudget.record(email);
			expect(reason(await attemptLogin(db, email, PASSWORD, ip()))).toBe('newDeviceLocked');
			expect(await confirmPassword(db, userId, PASSWORD)).toEqual({ ok: true, userId });
			for (let i = 0; i < 10; i++)
				expect(await confirmPassword(db, userId, 'wrong password')).toEqual({ ok: false, reason: 'invalid' });
			expect(await confirmPassword(db, userId, PASSWORD)).toEqual({ ok: false, reason: 'throttled' });
			expect(reauthFailures.check(userId, 1)).toBe(false);
			advance(15 * 60);
			expect(await confirmPassword(db, userId, PASSWORD)).toEqual({ ok: true, userId });
			expect(await confirmPassword(db, 'missing', PASSWORD)).toEqual({ ok: false, reason: 'invalid' });
		});
	});
}
