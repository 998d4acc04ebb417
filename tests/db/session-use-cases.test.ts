import { beforeEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import { isKnownDevice } from '../../src/lib/server/auth/devices';
import { createSession, listUserSessions, validateSessionToken } from '../../src/lib/server/auth/session';
import { createUser, setPassword } from '../../src/lib/server/services/accounts';
import { logIn, logOut, revokeOwnSession } from '../../src/lib/server/services/sessions';
import { DIALECTS, useDatabase } from './dialects';

const BROWSER = { deviceSecret: 'thisbrowsersecret2345678', userAgent: 'vitest' };
const OTHER_BROWSER = 'otherbrowsersecret234567';

for (const dialect of DIALECTS) {
	describe(`session use cases (${dialect})`, () => {
		let db: Kysely<Database>;
		let userId: string;
		const h = useDatabase(dialect);
		beforeEach(async () => {
			db = h.db;
			userId = (
				await createUser(
					db,
					{ userId: null, ip: null },
					{ email: 'wang@example.com', name: '王敏', passwordHash: 'x' }
				)
			).id;
		});

		const audit = (action: string) =>
			db
				.selectFrom('audit_log')
				.select(['actor_id', 'object_id', 'ip'])
				.where('action', '=', action)
				.execute();

		it('logIn opens a session, remembers the browser and audits the login as the user', async () => {
			const { session, token } = await logIn(db, { userId: null, ip: '203.0.113.7' }, userId, BROWSER);
			expect((await validateSessionToken(db, token)).user?.id).toBe(userId);
			expect(await isKnownDevice(db, userId, BROWSER.deviceSecret)).toBe(true);
			expect(await audit('session.login')).toEqual([
				{ actor_id: userId, object_id: session.id, ip: '203.0.113.7' }
			]);
		});

		it('logOut ends the session and audits it', async () => {
			const { session, token } = await logIn(db, { userId: null, ip: null }, userId, BROWSER);
			await logOut(db, { userId, ip: null }, session.id);
			expect((await validateSessionToken(db, token)).user).toBeNull();
			expect(await audit('session.logout')).toEqual([{ actor_id: userId, object_id: session.id, ip: null }]);
		});

		it('revokeOwnSession ends only the caller’s own sessions', async () => {
			const mine = await createSession(db, userId, { ip: null, userAgent: null });
			const otherId = (
				await createUser(
					db,
					{ userId: null, ip: null },
					{ email: 'li@example.com', name: '李雷', passwordHash: 'x' }
				)
			).id;
			const theirs = await createSession(db, otherId, { ip: null, userAgent: null });

			expect(await revokeOwnSession(db, { userId, ip: null }, userId, theirs.session.id)).toBe(false);
			expect(await listUserSessions(db, otherId)).toHaveLength(1);
			expect(await audit('session.revoke')).toEqual([]);

			expect(await revokeOwnSession(db, { userId, ip: null }, userId, mine.session.id)).toBe(true);
			expect(await listUserSessions(db, userId)).toEqual([]);
			expect(await audit('session.revoke')).toEqual([
				{ actor_id: userId, object_id: mine.session.id, ip: null }
			]);
		});

		it('setPassword forgets known devices but keeps the browser that proved the new password', async () => {
			await logIn(db, { userId: null, ip: null }, userId, BROWSER);
			await logIn(db, { userId: null, ip: null }, userId, { ...BROWSER, deviceSecret: OTHER_BROWSER });
			await setPassword(db, { userId, ip: null }, userId, 'new-hash', null, BROWSER.deviceSecret);
			expect(await isKnownDevice(db, userId, BROWSER.deviceSecret)).toBe(true);
			expect(await isKnownDevice(db, userId, OTHER_BROWSER)).toBe(false);
		});
	});
}
