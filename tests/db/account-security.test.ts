import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import {
	completeRegistration,
	findPendingRegistration,
	requestRegistration
} from '../../src/lib/server/services/registration';
import { createSession, validateSessionToken } from '../../src/lib/server/auth/session';
import { isKnownDevice, rememberDevice } from '../../src/lib/server/auth/devices';
import { listOutbox } from '../../src/lib/server/repo/outbox';
import { createUser, setDisabled, setPassword } from '../../src/lib/server/services/accounts';
import { findUserByEmail } from '../../src/lib/server/repo/users';
import { DIALECTS, useDatabase } from './dialects';
import { actor, auditActions, counts, expectDomainError, newUser } from './fixtures';

const T0 = new Date('2026-03-01T08:00:00.000Z');
const ORIGIN = 'https://crm.example.com';
const advance = (ms: number) => vi.setSystemTime(Date.now() + ms);
const linkIn = (body: string) => /\/register\/confirm\?token=(\S+)/.exec(body)?.[1] ?? null;

for (const dialect of DIALECTS) {
	describe(`registration by e-mail link (${dialect})`, () => {
		let db: Kysely<Database>;

		beforeEach(() => {
			vi.useFakeTimers({ toFake: ['Date'] });
			vi.setSystemTime(T0);
		});
		const h = useDatabase(dialect);
		beforeEach(async () => {
			db = h.db;
		});
		afterEach(() => vi.useRealTimers());

		const request = (email: string, name = '新用户') =>
			requestRegistration(db, { email, name, passwordHash: 'argon2-hash', locale: 'zh-CN' }, ORIGIN);

		it('answers alike for a new and a registered address; only the mailbox learns which', async () => {
			await newUser(db, 'taken@example.com');
			const before = await counts(db);
			expect(await request('taken@example.com', '冒名者')).toBeUndefined();
			expect(await request('fresh-reg@example.com')).toBeUndefined();
			// No account is created for either before a link is followed, and nothing about the taken one changed.
			expect(await counts(db)).toEqual(before);
			expect(await findUserByEmail(db, 'fresh-reg@example.com')).toBeUndefined();

			const [toTaken] = await listOutbox(db, { recipient: 'taken@example.com' });
			expect(toTaken.subject).toBe('CRM 实施工作台：此邮箱已有账号');
			expect(toTaken.body).toContain(`${ORIGIN}/login`);
			expect(linkIn(toTaken.body)).toBeNull();
			const [toFresh] = await listOutbox(db, { recipient: 'fresh-reg@example.com' });
			expect(toFresh.subject).toBe('完成 CRM 实施工作台的注册');
			expect(linkIn(toFresh.body)).not.toBeNull();
		});

		it('creates the account when the link is followed, once, and within 24 hours only', async () => {
			await request('Fresh-Reg@Example.com');
			const token = linkIn((await listOutbox(db, { recipient: 'fresh-reg@example.com' }))[0].body)!;
			const pending = await db.selectFrom('pending_registrations').selectAll().executeTakeFirstOrThrow();
			// Only the secret's hash is kept.
			expect(pending.secret_hash).not.toContain(token.split('.')[1]);
			const user = await completeRegistration(db, actor(null), token);
			expect(user).toMatchObject({
				email: 'fresh-reg@example.com',
				name: '新用户',
				password_hash: 'argon2-hash',
				is_admin: 1
			});
			expect((await auditActions(db)).map((a) => a.action)).toEqual(['user.create']);
			await expectDomainError(
				completeRegistration(db, actor(null), token),
				'not_found',
				'register.linkInvalid'
			);

			await request('late@example.com');
			const late = linkIn((await listOutbox(db, { recipient: 'late@example.com' }))[0].body)!;
			advance(24 * 3600_000);
			expect(await findPendingRegistration(db, late)).toBeNull();
			await expectDomainError(
				completeRegistration(db, actor(null), late),
				'not_found',
				'register.linkInvalid'
			);
			await expectDomainError(
				completeRegistration(db, actor(null), 'not.a-token'),
				'not_found',
				'register.linkInvalid'
			);
		});

		it('refuses a second link for an address registered in the meantime', async () => {
			await request('twice@example.com');
			await request('twice@example.com', '另一次');
			const [second, first] = (await listOutbox(db, { recipient: 'twice@example.com' })).map((m) =>
				linkIn(m.body)!
			);
			await completeRegistration(db, actor(null), first);
			// Following the first link drops the address's other pending registrations.
			await expectDomainError(
				completeRegistration(db, actor(null), second),
				'not_found',
				'register.linkInvalid'
			);
		});

		it('sends no more than a burst of five messages to one address', async () => {
			for (let i = 0; i < 8; i++) await request(`flooded-${dialect}@example.com`);
			expect(await listOutbox(db, { recipient: `flooded-${dialect}@example.com` })).toHaveLength(5);
		});
	});

	describe(`disabling accounts and changing passwords (${dialect})`, () => {
		const h = useDatabase(dialect);
		let db: Kysely<Database>;
		let admin: string;
		let user: string;

		beforeEach(async () => {
			db = h.db;
			admin = (
				await createUser(db, actor(null), { email: 'admin@example.com', name: 'Admin', passwordHash: 'x' })
			).id;
			user = await newUser(db, 'user@example.com');
		});

		it('ends every session, the calendar feed and known devices of a disabled user, and lets an admin enable them again', async () => {
			const s1 = await createSession(db, user, { ip: null, userAgent: null });
			const other = await createSession(db, admin, { ip: null, userAgent: null });
			await rememberDevice(db, user, 'userbrowsersecret2345678');
			await db
				.insertInto('calendar_feeds')
				.values({ id: 'feed1', user_id: user, secret_hash: 'h', created_at: T0.toISOString() })
				.execute();
			await setDisabled(db, actor(admin), user, true);
			expect((await validateSessionToken(db, s1.token)).session).toBeNull();
			expect((await validateSessionToken(db, other.token)).session).not.toBeNull();
			expect(await isKnownDevice(db, user, 'userbrowsersecret2345678')).toBe(false);
			expect(
				await db.selectFrom('calendar_feeds').select('id').where('user_id', '=', user).execute()
			).toEqual([]);
			expect((await findUserByEmail(db, 'user@example.com'))?.disabled_at).not.toBeNull();
			// A session row that somehow survives is still refused while the account is disabled.
			const sneaked = await createSession(db, user, { ip: null, userAgent: null });
			expect((await validateSessionToken(db, sneaked.token)).session).toBeNull();

			await setDisabled(db, actor(admin), user, false);
			expect((await findUserByEmail(db, 'user@example.com'))?.disabled_at).toBeNull();
			const fresh = await createSession(db, user, { ip: null, userAgent: null });
			expect((await validateSessionToken(db, fresh.token)).session).not.toBeNull();
			expect((await auditActions(db)).map((a) => a.action).slice(-2)).toEqual([
				'user.disable',
				'user.enable'
			]);
		});

		it('refuses to disable oneself, the last enabled admin, or an unknown user, changing nothing', async () => {
			const before = await counts(db);
			await expectDomainError(
				setDisabled(db, actor(admin), admin, true),
				'conflict',
				'admin.cannotDisableSelf'
			);
			await expectDomainError(setDisabled(db, actor(user), admin, true), 'conflict', 'admin.lastAdmin');
			await expectDomainError(setDisabled(db, actor(admin), 'missing', true), 'not_found', 'error.notFound');
			expect(await counts(db)).toEqual(before);
		});

		it('forgets known devices when the password changes', async () => {
			await rememberDevice(db, user, 'userbrowsersecret2345678');
			await setPassword(db, actor(user), user, 'new-hash', null);
			expect(await isKnownDevice(db, user, 'userbrowsersecret2345678')).toBe(false);
		});
	});
}
