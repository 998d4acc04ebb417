import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import type { DatabaseHandle } from '../../src/lib/server/db/index';
import { attemptLogin, confirmPassword } from '../../src/lib/server/auth/login';
import { hashPassword } from '../../src/lib/server/auth/password';
import { accountFailureBucket, ipLoginBucket } from '../../src/lib/server/auth/rate-limit';
import { createUser } from '../../src/lib/server/repo/users';
import { DIALECTS, freshDatabase } from './dialects';
import { actor } from './fixtures';

const PASSWORD = 'a long enough passphrase';
let passwordHash: string;

beforeAll(async () => {
	passwordHash = await hashPassword(PASSWORD);
});

for (const dialect of DIALECTS) {
	describe(`attemptLogin / confirmPassword (${dialect})`, () => {
		let h: DatabaseHandle;
		let db: Kysely<Database>;
		let userId: string;
		// The throttles live for the whole process; every test uses its own account and address.
		const email = `login-${dialect}@example.com`;
		let n = 0;
		const ip = () => `198.51.100.${++n}-${dialect}`;

		beforeAll(async () => {
			h = await freshDatabase(dialect);
			db = h.db;
			userId = (await createUser(db, actor(null), { email, name: 'Login', passwordHash })).id;
		});
		afterAll(async () => h.close());
		afterEach(() => accountFailureBucket.reset(email));

		it('signs in with the right password only', async () => {
			expect(await attemptLogin(db, email, PASSWORD, ip())).toEqual({ ok: true, userId });
			expect(await attemptLogin(db, email, `${PASSWORD}!`, ip())).toEqual({ ok: false, reason: 'invalid' });
			expect(await attemptLogin(db, 'nobody@example.com', PASSWORD, ip())).toEqual({ ok: false, reason: 'invalid' });
		});

		it('counts each failure against the account and locks it after 100 an hour, even for the right password', async () => {
			accountFailureBucket.consume(email, 99);
			expect(await attemptLogin(db, email, 'wrong password', ip())).toEqual({ ok: false, reason: 'invalid' });
			expect(await attemptLogin(db, email, PASSWORD, ip())).toEqual({ ok: false, reason: 'throttled' });
			expect(await confirmPassword(db, userId, PASSWORD)).toEqual({ ok: false, reason: 'throttled' });
		});

		it('forgets earlier failures after a successful sign-in', async () => {
			accountFailureBucket.consume(email, 60);
			expect((await attemptLogin(db, email, PASSWORD, ip())).ok).toBe(true);
			expect(accountFailureBucket.consume(email, 100)).toBe(true);
		});

		it('throttles an address after a burst of 30 attempts, whatever the account', async () => {
			const addr = ip();
			ipLoginBucket.consume(addr, 30);
			expect(await attemptLogin(db, email, PASSWORD, addr)).toEqual({ ok: false, reason: 'throttled' });
			expect(await attemptLogin(db, email, PASSWORD, ip())).toEqual({ ok: true, userId });
			// Without a known address only the account limit applies.
			expect(await attemptLogin(db, email, PASSWORD, null)).toEqual({ ok: true, userId });
		});

		it('confirms a signed-in user’s password under the same account limit', async () => {
			expect(await confirmPassword(db, userId, PASSWORD)).toEqual({ ok: true, userId });
			accountFailureBucket.consume(email, 99);
			expect(await confirmPassword(db, userId, 'wrong password')).toEqual({ ok: false, reason: 'invalid' });
			expect(accountFailureBucket.check(email, 1)).toBe(false);
			expect(await confirmPassword(db, 'missing', PASSWORD)).toEqual({ ok: false, reason: 'invalid' });
		});
	});
}
