import { beforeEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import { createProject } from '../../src/lib/server/services/projects';
import { addMember, removeMember, updateMember } from '../../src/lib/server/services/members';
import { findMembership, listMembers } from '../../src/lib/server/repo/members';
import { DomainError } from '../../src/lib/server/errors';
import { DIALECTS, useDatabase } from './dialects';
import { actor, auditActions, counts, expectDomainError, newUser, projectInput } from './fixtures';

for (const dialect of DIALECTS) {
	describe(`project members (${dialect})`, () => {
		const h = useDatabase(dialect);
		let db: Kysely<Database>;
		let pm: string;
		let projectId: string;

		beforeEach(async () => {
			db = h.db;
			pm = await newUser(db, 'pm@example.com', '王敏');
			await newUser(db, 'li@example.com', '李强');
			await newUser(db, 'sun@example.com', '孙悦');
			projectId = (await createProject(db, actor(pm), projectInput())).id;
		});

		const pmMember = async () => (await findMembership(db, projectId, pm))!;

		it('adds a registered user by email, whatever its case, with side and roles', async () => {
			const m = await addMember(db, actor(pm), projectId, {
				email: ' LI@Example.com ',
				side: 'vendor',
				roles: ['projectManager', 'lead']
			});
			expect(m).toMatchObject({ name: '李强', email: 'li@example.com', side: 'vendor', version: 1 });
			expect([...m.roles].sort()).toEqual(['lead', 'projectManager']);
			expect((await listMembers(db, projectId)).map((x) => x.email).sort()).toEqual([
				'li@example.com',
				'pm@example.com'
			]);
			const audit = (await auditActions(db)).at(-1);
			expect(audit).toMatchObject({
				action: 'member.add',
				object_id: m.id,
				project_id: projectId,
				actor_id: pm
			});
			expect(audit?.detail).toMatchObject({ email: 'li@example.com', side: 'vendor' });
		});

		it('refuses an unknown email and a second membership, writing nothing', async () => {
			await addMember(db, actor(pm), projectId, { email: 'li@example.com', side: 'vendor', roles: ['lead'] });
			const before = await counts(db);
			const unknown = await expectDomainError(
				addMember(db, actor(pm), projectId, { email: 'nobody@example.com', side: 'vendor', roles: ['lead'] }),
				'validation_failed',
				'members.userNotFound'
			);
			expect(unknown.options.field).toBe('email');
			await expectDomainError(
				addMember(db, actor(pm), projectId, { email: 'li@example.com', side: 'client', roles: ['tester'] }),
				'conflict',
				'members.alreadyMember'
			);
			expect(await counts(db)).toEqual(before);
		});

		it('updates side and roles over the current version only', async () => {
			const m = await addMember(db, actor(pm), projectId, {
				email: 'sun@example.com',
				side: 'consultant',
				roles: ['implementationConsultant']
			});
			const updated = await updateMember(db, actor(pm), projectId, m.id, {
				version: 1,
				side: 'vendor',
				roles: ['developer', 'tester']
			});
			expect(updated).toMatchObject({ side: 'vendor', version: 2 });
			expect([...updated.roles].sort()).toEqual(['developer', 'tester']);

			const before = await counts(db);
			const e = await expectDomainError(
				updateMember(db, actor(pm), projectId, m.id, { version: 1, side: 'client', roles: ['keyUser'] }),
				'conflict',
				'error.versionConflict'
			);
			expect(e.options.current).toMatchObject({ id: m.id, side: 'vendor', version: 2 });
			expect(await counts(db)).toEqual(before);
			expect((await listMembers(db, projectId)).find((x) => x.id === m.id)).toMatchObject({
				side: 'vendor',
				version: 2
			});
		});

		it('will not demote or remove the only project manager', async () => {
			const me = await pmMember();
			const before = await counts(db);
			// Nobody edits their own roles, so the only manager cannot step down either.
			await expectDomainError(
				updateMember(db, actor(pm), projectId, me.id, {
					version: me.version,
					side: 'client',
					roles: ['lead']
				}),
				'forbidden',
				'members.notSelf'
			);
			await expectDomainError(
				removeMember(db, actor(pm), projectId, me.id),
				'conflict',
				'members.lastManager'
			);
			expect(await counts(db)).toEqual(before);
			expect(await pmMember()).toMatchObject({ roles: ['projectManager'], version: 1 });
		});

		it('lets a manager step down or leave once another manager exists', async () => {
			const other = await addMember(db, actor(pm), projectId, {
				email: 'li@example.com',
				side: 'vendor',
				roles: ['projectManager']
			});
			const me = await pmMember();
			// Stepping down is done by the other manager: nobody edits their own roles.
			await updateMember(db, actor(other.userId), projectId, me.id, {
				version: me.version,
				side: 'client',
				roles: ['lead']
			});
			// Now the other one is the last manager.
			await expectDomainError(
				removeMember(db, actor(pm), projectId, other.id),
				'conflict',
				'members.lastManager'
			);
			await removeMember(db, actor(pm), projectId, me.id);
			expect((await listMembers(db, projectId)).map((m) => [m.email, m.roles])).toEqual([
				['li@example.com', ['projectManager']]
			]);
			const removal = (await auditActions(db)).at(-1);
			expect(removal).toMatchObject({
				action: 'member.remove',
				object_id: me.id,
				detail: { email: 'pm@example.com', roles: ['lead'] }
			});
		});

		it('removes an ordinary member with its roles', async () => {
			const m = await addMember(db, actor(pm), projectId, {
				email: 'sun@example.com',
				side: 'consultant',
				roles: ['tester', 'developer']
			});
			await removeMember(db, actor(pm), projectId, m.id);
			expect(await findMembership(db, projectId, m.userId)).toBeUndefined();
			expect(await db.selectFrom('member_roles').selectAll().where('member_id', '=', m.id).execute()).toEqual(
				[]
			);
			await expectDomainError(removeMember(db, actor(pm), projectId, m.id), 'not_found', 'error.notFound');
		});

		it('does not reach members of another project', async () => {
			const other = await createProject(db, actor(pm), projectInput({ code: 'OTHER' }));
			const m = await addMember(db, actor(pm), other.id, {
				email: 'sun@example.com',
				side: 'vendor',
				roles: ['tester']
			});
			await expectDomainError(removeMember(db, actor(pm), projectId, m.id), 'not_found', 'error.notFound');
			await expectDomainError(
				updateMember(db, actor(pm), projectId, m.id, { version: 1, side: 'client', roles: ['tester'] }),
				'not_found',
				'error.notFound'
			);
			expect(await findMembership(db, other.id, m.userId)).toBeDefined();
		});

		it('keeps one manager even when two managers remove each other at the same time', async () => {
			const other = await addMember(db, actor(pm), projectId, {
				email: 'li@example.com',
				side: 'vendor',
				roles: ['projectManager']
			});
			const me = await pmMember();
			// Open a second pooled connection first, so both transactions really do overlap on PostgreSQL.
			await Promise.all([listMembers(db, projectId), listMembers(db, projectId), listMembers(db, projectId)]);
			const results = await Promise.allSettled([
				removeMember(db, actor(pm), projectId, other.id),
				removeMember(db, actor(other.userId), projectId, me.id)
			]);
			expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
			const refusal = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
			expect(refusal.reason).toBeInstanceOf(DomainError);
			expect((refusal.reason as DomainError).messageKey).toBe('members.lastManager');
			expect(await listMembers(db, projectId)).toHaveLength(1);
		});
	});
}
