import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Cookies } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import {
	createSession,
	deleteSession,
	deleteUserSessions,
	listUserSessions,
	setSessionCookie,
	validateSessionToken
} from '../../src/lib/server/auth/session';
import { hashSecret } from '../../src/lib/server/auth/token';
import { createUser, setPassword } from '../../src/lib/server/services/accounts';
import { DIALECTS, useDatabase } from './dialects';

const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date('2026-03-01T08:00:00.000Z');
const meta = { ip: '203.0.113.7', userAgent: 'vitest' };

/** Moves the fake clock; only Date is faked so the database drivers' timers keep running. */
const advance = (ms: number) => vi.setSystemTime(Date.now() + ms);

for (const dialect of DIALECTS) {
	describe(`sessions (${dialect})`, () => {
		let db: Kysely<Database>;
		let userId: string;

		beforeEach(() => {
			vi.useFakeTimers({ toFake: ['Date'] });
			vi.setSystemTime(T0);
		});
		const h = useDatabase(dialect);
		beforeEach(async () => {
			db = h.db;
			userId = (
				await createUser(
					db,
					{ userId: null, ip: null },
					{ email: 'Wang@Example.com', name: '王敏', passwordHash: 'x' }
				)
			).id;
		});
		afterEach(() => vi.useRealTimers());

		const sessionRow = (id: string) =>
			db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();

		it('creates a session whose token validates to the user, storing only a hash of the secret', async () => {
			const { session, token } = await createSession(db, userId, meta);
			const [id, secret] = token.split('.');
			expect(id).toBe(session.id);
			expect(secret).toMatch(/^[a-z2-9]{24}$/);
			const row = await sessionRow(id);
			expect(row?.secret_hash).toBe(hashSecret(secret));
			expect(JSON.stringify(row)).not.toContain(secret);
			expect(row?.ip).toBe('203.0.113.7');

			const result = await validateSessionToken(db, token);
			expect(result.session?.id).toBe(session.id);
			expect(result.user).toEqual({
				id: userId,
				email: 'wang@example.com',
				name: '王敏',
				isAdmin: true,
				locale: 'zh-CN'
			});
		});

		it('refuses a wrong secret, an unknown id and malformed tokens', async () => {
			const { token } = await createSession(db, userId, meta);
			const [id, secret] = token.split('.');
			const flipped = secret.slice(0, -1) + (secret.endsWith('a') ? 'b' : 'a');
			for (const bad of [`${id}.${flipped}`, `${flipped}.${secret}`, id, `${token}.x`, '', '.']) {
				expect(await validateSessionToken(db, bad)).toEqual({ session: null, user: null });
			}
			// A wrong guess does not end the real session.
			expect((await validateSessionToken(db, token)).user?.id).toBe(userId);
		});

		it('truncates a long user agent', async () => {
			const { session } = await createSession(db, userId, { ip: null, userAgent: 'x'.repeat(1000) });
			expect((await sessionRow(session.id))?.user_agent).toHaveLength(300);
		});

		it('ends a session after 10 days without use and deletes its row', async () => {
			const { session, token } = await createSession(db, userId, meta);
			advance(10 * DAY - 1000);
			expect((await validateSessionToken(db, token)).session).not.toBeNull();
			advance(10 * DAY);
			expect(await validateSessionToken(db, token)).toEqual({ session: null, user: null });
			expect(await sessionRow(session.id)).toBeUndefined();
		});

		it('records activity at most once an hour, which keeps the session alive', async () => {
			const { session, token } = await createSession(db, userId, meta);
			advance(30 * 60 * 1000);
			await validateSessionToken(db, token);
			expect((await sessionRow(session.id))?.last_verified_at).toBe(T0.toISOString());
			advance(30 * 60 * 1000);
			const refreshed = await validateSessionToken(db, token);
			const oneHourLater = new Date(T0.getTime() + 60 * 60 * 1000);
			expect(refreshed.session?.lastVerifiedAt).toEqual(oneHourLater);
			expect((await sessionRow(session.id))?.last_verified_at).toBe(oneHourLater.toISOString());
			// Nine more days after that activity the session is still valid: inactivity counts from the refresh.
			advance(9 * DAY + 23 * 60 * 60 * 1000);
			expect((await validateSessionToken(db, token)).user?.id).toBe(userId);
		});

		it('ends even an active session 30 days after it was created', async () => {
			const { token } = await createSession(db, userId, meta);
			for (let day = 5; day < 30; day += 5) {
				advance(5 * DAY);
				expect((await validateSessionToken(db, token)).session, `day ${day}`).not.toBeNull();
			}
			advance(5 * DAY - 1000);
			expect((await validateSessionToken(db, token)).session).not.toBeNull();
			advance(1000);
			expect((await validateSessionToken(db, token)).session).toBeNull();
		});

		it('deletes one session, or all of a user but the current one', async () => {
			const a = await createSession(db, userId, meta);
			advance(1000);
			const b = await createSession(db, userId, meta);
			advance(1000);
			const c = await createSession(db, userId, meta);
			expect((await listUserSessions(db, userId)).map((s) => s.id)).toEqual([
				c.session.id,
				b.session.id,
				a.session.id
			]);

			await deleteSession(db, a.session.id);
			expect((await validateSessionToken(db, a.token)).session).toBeNull();
			expect((await validateSessionToken(db, b.token)).session).not.toBeNull();

			await deleteUserSessions(db, userId, c.session.id);
			expect((await listUserSessions(db, userId)).map((s) => s.id)).toEqual([c.session.id]);
			await deleteUserSessions(db, userId);
			expect(await listUserSessions(db, userId)).toEqual([]);
		});

		it('a password change ends every other session of that user only', async () => {
			const other = (
				await createUser(
					db,
					{ userId: null, ip: null },
					{ email: 'li@example.com', name: '李强', passwordHash: 'x' }
				)
			).id;
			const keep = await createSession(db, userId, meta);
			const drop = await createSession(db, userId, meta);
			const foreign = await createSession(db, other, meta);
			await setPassword(db, { userId, ip: null }, userId, 'new-hash', keep.session.id);
			expect((await validateSessionToken(db, keep.token)).session).not.toBeNull();
			expect((await validateSessionToken(db, drop.token)).session).toBeNull();
			expect((await validateSessionToken(db, foreign.token)).session).not.toBeNull();
			const audit = await db
				.selectFrom('audit_log')
				.selectAll()
				.where('action', '=', 'user.password')
				.execute();
			expect(audit.map((a) => [a.actor_id, a.object_id])).toEqual([[userId, userId]]);
		});

		it('sessions go with their user', async () => {
			const { token } = await createSession(db, userId, meta);
			await db.deleteFrom('users').where('id', '=', userId).execute();
			expect((await validateSessionToken(db, token)).session).toBeNull();
			expect(await db.selectFrom('sessions').selectAll().execute()).toEqual([]);
		});
	});
}

describe('setSessionCookie', () => {
	function fakeCookies() {
		const calls: { name: string; value: string; opts: Record<string, unknown> }[] = [];
		const cookies = {
			set: (name: string, value: string, opts: Record<string, unknown>) => calls.push({ name, value, opts })
		};
		return { cookies: cookies as unknown as Cookies, calls };
	}

	it('sets an http-only, lax cookie expiring at the inactivity limit, capped by the absolute lifetime', () => {
		const saved = process.env.COOKIE_SECURE;
		delete process.env.COOKIE_SECURE;
		try {
			const { cookies, calls } = fakeCookies();
			const createdAt = new Date('2026-03-01T00:00:00Z');
			setSessionCookie(cookies, new URL('https://crm.example.com/login'), 'id.secret', {
				id: 'id',
				userId: 'u',
				createdAt,
				lastVerifiedAt: createdAt
			});
			setSessionCookie(cookies, new URL('http://127.0.0.1:3000/'), 'id.secret', {
				id: 'id',
				userId: 'u',
				createdAt,
				lastVerifiedAt: new Date(createdAt.getTime() + 25 * DAY)
			});
			expect(calls[0]).toEqual({
				name: '__Host-workbench_session',
				value: 'id.secret',
				opts: {
					httpOnly: true,
					secure: true,
					sameSite: 'lax',
					path: '/',
					expires: new Date(createdAt.getTime() + 10 * DAY)
				}
			});
			expect(calls[1].name).toBe('workbench_session');
			expect(calls[1].opts.secure).toBe(false);
			expect(calls[1].opts.expires).toEqual(new Date(createdAt.getTime() + 30 * DAY));
		} finally {
			if (saved === undefined) delete process.env.COOKIE_SECURE;
			else process.env.COOKIE_SECURE = saved;
		}
	});
});
