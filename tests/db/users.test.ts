import { beforeEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import { createUser, setAdmin, updateProfile } from '../../src/lib/server/services/accounts';
import { findUserByEmail, listUsers } from '../../src/lib/server/repo/users';
import { DIALECTS, useDatabase } from './dialects';
import { actor, auditActions, counts, expectDomainError, newUser } from './fixtures';

for (const dialect of DIALECTS) {
	describe(`users (${dialect})`, () => {
		const h = useDatabase(dialect);
		let db: Kysely<Database>;

		beforeEach(() => {
			db = h.db;
		});

		const admins = async () =>
			(await listUsers(db))
				.filter((u) => u.isAdmin)
				.map((u) => u.email)
				.sort();

		it('makes the first account the instance admin, and only the first', async () => {
			const first = await createUser(db, actor(null), {
				email: '  First@Example.COM ',
				name: '第一',
				passwordHash: 'h'
			});
			const second = await createUser(db, actor(null), {
				email: 'second@example.com',
				name: '第二',
				passwordHash: 'h',
				locale: 'en'
			});
			expect([first.email, first.is_admin, first.locale]).toEqual(['first@example.com', 1, 'zh-CN']);
			expect([second.is_admin, second.locale]).toEqual([0, 'en']);
			const third = await createUser(db, actor(first.id), {
				email: 'ops@example.com',
				name: '运维',
				passwordHash: 'h',
				isAdmin: true
			});
			expect(third.is_admin).toBe(1);
			// Self-registration is recorded as done by the new user; an admin's creation by the admin.
			const audit = await auditActions(db);
			expect(audit.map((a) => [a.action, a.actor_id, a.object_id])).toEqual([
				['user.create', first.id, first.id],
				['user.create', second.id, second.id],
				['user.create', first.id, third.id]
			]);
			expect(audit[0].detail).toEqual({ email: 'first@example.com', isAdmin: true });
		});

		it('refuses an email that is already registered in any case, writing nothing', async () => {
			await newUser(db, 'wang@example.com');
			const before = await counts(db);
			const e = await expectDomainError(
				createUser(db, actor(null), { email: 'WANG@example.com', name: 'x', passwordHash: 'h' }),
				'conflict',
				'validation.emailTaken'
			);
			expect(e.options.field).toBe('email');
			expect(await counts(db)).toEqual(before);
			expect((await findUserByEmail(db, ' Wang@Example.com'))?.name).toBe('wang');
		});

		it('never removes the last admin', async () => {
			const a = await newUser(db, 'a@example.com');
			const b = await newUser(db, 'b@example.com');
			const before = await counts(db);
			await expectDomainError(setAdmin(db, actor(a), a, false), 'conflict', 'admin.lastAdmin');
			expect(await counts(db)).toEqual(before);
			expect(await admins()).toEqual(['a@example.com']);

			await setAdmin(db, actor(a), b, true);
			await setAdmin(db, actor(b), a, false);
			expect(await admins()).toEqual(['b@example.com']);
			await expectDomainError(setAdmin(db, actor(b), b, false), 'conflict', 'admin.lastAdmin');
			// Revoking from someone who is not an admin is harmless.
			await setAdmin(db, actor(b), a, false);
			expect(await admins()).toEqual(['b@example.com']);
			const audit = (await auditActions(db)).filter((x) => x.action === 'user.admin');
			expect(audit.map((x) => [x.object_id, x.detail.isAdmin])).toEqual([
				[b, true],
				[a, false],
				[a, false]
			]);
		});

		it('answers not found for an unknown user, writing nothing', async () => {
			await newUser(db, 'a@example.com');
			const before = await counts(db);
			await expectDomainError(setAdmin(db, actor(null), 'missing', true), 'not_found', 'error.notFound');
			expect(await counts(db)).toEqual(before);
		});

		it('keeps an admin when two admins revoke each other at the same time', async () => {
			const a = await newUser(db, 'a@example.com');
			const b = await newUser(db, 'b@example.com');
			await setAdmin(db, actor(a), b, true);
			// Open a second pooled connection first, so both transactions really do overlap on PostgreSQL.
			await Promise.all([listUsers(db), listUsers(db), listUsers(db)]);
			const results = await Promise.allSettled([
				setAdmin(db, actor(a), b, false),
				setAdmin(db, actor(b), a, false)
			]);
			expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
			expect(await admins()).toHaveLength(1);
		});

		it('updates name and locale with an audit row', async () => {
			const a = await newUser(db, 'a@example.com');
			await updateProfile(db, actor(a), a, { name: '新名字', locale: 'en' });
			expect(await findUserByEmail(db, 'a@example.com')).toMatchObject({ name: '新名字', locale: 'en' });
			expect((await auditActions(db)).at(-1)).toMatchObject({
				action: 'user.update',
				object_id: a,
				detail: { name: '新名字', locale: 'en' }
			});
		});
	});
}
