import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import { createProject } from '../../src/lib/server/services/projects';
import {
	acceptAsUser,
	acceptWithNewAccount,
	createInvitation,
	inspectInvitation,
	listInvitations,
	resendInvitation,
	revokeInvitation
} from '../../src/lib/server/services/invitations';
import { addMember } from '../../src/lib/server/services/members';
import { findMembership } from '../../src/lib/server/repo/members';
import { findUserByEmail } from '../../src/lib/server/repo/users';
import { hashSecret } from '../../src/lib/server/auth/token';
import { DIALECTS, useDatabase } from './dialects';
import { actor, auditActions, counts, expectDomainError, newUser, projectInput } from './fixtures';

const mail = { origin: 'https://wb.example.com', locale: 'zh-CN' as const };
const browser = { deviceSecret: 'device-secret-for-tests', userAgent: 'vitest' };

/** The link in the newest outbox message to an address, and its token. */
async function linkTo(db: Kysely<Database>, email: string) {
	const row = await db
		.selectFrom('outbox')
		.selectAll()
		.where('recipient', '=', email)
		.orderBy('created_at', 'desc')
		.executeTakeFirstOrThrow();
	const link = /https:\/\/wb\.example\.com\/invitations\/accept\?token=(\S+)/.exec(row.body);
	expect(link, row.body).not.toBeNull();
	return { body: row.body, token: link![1] };
}

for (const dialect of DIALECTS) {
	describe(`invitations (${dialect})`, () => {
		const h = useDatabase(dialect);
		let db: Kysely<Database>;
		let pm: string;
		let projectId: string;
		let n = 0;
		// Every test invites addresses of its own: the per-address mail budget lives in the process.
		const address = (name: string) => `${name}-${dialect}-${++n}-${Date.now()}@example.com`;

		beforeEach(async () => {
			db = h.db;
			pm = await newUser(db, 'pm@example.com', '王敏');
			projectId = (await createProject(db, actor(pm), projectInput())).id;
		});
		afterEach(() => {
			vi.useRealTimers();
		});

		it('stores only a hash of the link secret and mails the link through the outbox', async () => {
			const email = address('li');
			const invitation = await createInvitation(
				db,
				actor(pm),
				projectId,
				{ email: ` ${email.toUpperCase()} `, side: 'vendor', roles: ['lead', 'projectManager'] },
				mail
			);
			expect(invitation).toMatchObject({ email, side: 'vendor', status: 'pending', inviterName: '王敏' });
			const { token, body } = await linkTo(db, email);
			expect(body).toContain('乙方');
			const [id, secret] = token.split('.');
			expect(id).toBe(invitation.id);
			const row = await db
				.selectFrom('project_invitations')
				.selectAll()
				.where('id', '=', id)
				.executeTakeFirstOrThrow();
			expect(row.secret_hash).toBe(hashSecret(secret));
			expect(JSON.stringify(row)).not.toContain(secret);
			expect(Date.parse(row.expires_at) - Date.parse(row.created_at)).toBe(7 * 24 * 3600_000);
			expect((await auditActions(db)).at(-1)).toMatchObject({
				action: 'invitation.create',
				object_id: id,
				project_id: projectId,
				actor_id: pm
			});
			// A wrong secret for the right id tells nothing.
			expect(await inspectInvitation(db, `${id}.${'x'.repeat(secret.length)}`)).toEqual({ state: 'invalid' });
			expect(await inspectInvitation(db, token)).toMatchObject({ state: 'pending', hasAccount: false });
		});

		it('accepting creates the account and the membership with the preset side and roles, once', async () => {
			const email = address('new');
			await createInvitation(db, actor(pm), projectId, { email, side: 'vendor', roles: ['lead'] }, mail);
			const { token } = await linkTo(db, email);
			await db
				.insertInto('pending_registrations')
				.values({
					id: 'pending-1',
					email,
					name: '赵磊',
					password_hash: 'h',
					locale: 'zh-CN',
					secret_hash: 'x',
					created_at: new Date().toISOString(),
					expires_at: new Date(Date.now() + 3600_000).toISOString()
				})
				.execute();
			const accepted = await acceptWithNewAccount(
				db,
				actor(null),
				token,
				{ name: '赵磊', passwordHash: 'argon2-hash', locale: 'zh-CN' },
				browser
			);
			expect(accepted.projectId).toBe(projectId);
			const user = (await findUserByEmail(db, email))!;
			expect(user).toMatchObject({ name: '赵磊', password_hash: 'argon2-hash' });
			const member = (await findMembership(db, projectId, user.id))!;
			expect(member).toMatchObject({ side: 'vendor', roles: ['lead'] });
			expect((await auditActions(db)).map((a) => a.action)).toContain('invitation.accept');
			expect(await db.selectFrom('pending_registrations').selectAll().execute()).toEqual([]);
			expect(await listInvitations(db, projectId)).toEqual([]);
			// Single use: the same link again is refused and changes nothing.
			const before = await counts(db);
			await expectDomainError(
				acceptWithNewAccount(
					db,
					actor(null),
					token,
					{ name: '别人', passwordHash: 'x', locale: 'zh-CN' },
					browser
				),
				'conflict',
				'invitations.link.accepted'
			);
			expect(await counts(db)).toEqual(before);
			expect(await inspectInvitation(db, token)).toMatchObject({ state: 'accepted' });
		});

		it('an expired link is refused and shown as expired; resending gives a new link and the old one dies', async () => {
			const email = address('late');
			vi.useFakeTimers({ toFake: ['Date'] });
			vi.setSystemTime(new Date('2026-03-01T00:00:00Z'));
			const invitation = await createInvitation(
				db,
				actor(pm),
				projectId,
				{ email, side: 'client', roles: ['keyUser'] },
				mail
			);
			const { token: first } = await linkTo(db, email);
			vi.setSystemTime(new Date('2026-03-08T00:00:01Z'));
			expect(await inspectInvitation(db, first)).toMatchObject({ state: 'expired' });
			const before = await counts(db);
			await expectDomainError(
				acceptWithNewAccount(
					db,
					actor(null),
					first,
					{ name: '迟到', passwordHash: 'h', locale: 'zh-CN' },
					browser
				),
				'conflict',
				'invitations.link.expired'
			);
			expect(await counts(db)).toEqual(before);
			expect((await listInvitations(db, projectId)).map((i) => i.status)).toEqual(['expired']);

			const resent = await resendInvitation(db, actor(pm), projectId, invitation.id, mail);
			expect(resent.status).toBe('pending');
			expect(Date.parse(resent.expiresAt)).toBe(Date.parse('2026-03-15T00:00:01Z'));
			const { token: second } = await linkTo(db, email);
			expect(second).not.toBe(first);
			expect(await inspectInvitation(db, first)).toEqual({ state: 'invalid' });
			expect(await inspectInvitation(db, second)).toMatchObject({ state: 'pending' });
			expect((await auditActions(db)).at(-1)?.action).toBe('invitation.resend');
		});

		it('a revoked link is refused; revoking twice is a conflict; another project cannot revoke it', async () => {
			const email = address('gone');
			const invitation = await createInvitation(
				db,
				actor(pm),
				projectId,
				{ email, side: 'client', roles: ['keyUser'] },
				mail
			);
			const { token } = await linkTo(db, email);
			const other = (await createProject(db, actor(pm), projectInput({ code: 'T-2' }))).id;
			await expectDomainError(
				revokeInvitation(db, actor(pm), other, invitation.id),
				'not_found',
				'error.notFound'
			);
			await revokeInvitation(db, actor(pm), projectId, invitation.id);
			expect((await auditActions(db)).at(-1)).toMatchObject({
				action: 'invitation.revoke',
				object_id: invitation.id
			});
			await expectDomainError(
				revokeInvitation(db, actor(pm), projectId, invitation.id),
				'conflict',
				'invitations.notOpen'
			);
			expect(await inspectInvitation(db, token)).toMatchObject({ state: 'revoked' });
			await expectDomainError(
				acceptWithNewAccount(
					db,
					actor(null),
					token,
					{ name: 'x', passwordHash: 'h', locale: 'zh-CN' },
					browser
				),
				'conflict',
				'invitations.link.revoked'
			);
			await expectDomainError(
				resendInvitation(db, actor(pm), projectId, invitation.id, mail),
				'conflict',
				'invitations.notOpen'
			);
		});

		it('refuses an address that already belongs to a member, or is already invited, on the email field', async () => {
			const li = address('li');
			await newUser(db, li, '李强');
			await addMember(db, actor(pm), projectId, { email: li, side: 'vendor', roles: ['lead'] });
			const before = await counts(db);
			const member = await expectDomainError(
				createInvitation(db, actor(pm), projectId, { email: li, side: 'vendor', roles: ['lead'] }, mail),
				'conflict',
				'invitations.alreadyMember'
			);
			expect(member.options.field).toBe('email');
			const self = await expectDomainError(
				createInvitation(
					db,
					actor(pm),
					projectId,
					{ email: 'PM@example.com', side: 'vendor', roles: ['lead'] },
					mail
				),
				'conflict',
				'invitations.alreadyMember'
			);
			expect(self.options.field).toBe('email');
			expect(await counts(db)).toEqual(before);
			const fresh = address('twice');
			await createInvitation(
				db,
				actor(pm),
				projectId,
				{ email: fresh, side: 'client', roles: ['keyUser'] },
				mail
			);
			const again = await expectDomainError(
				createInvitation(db, actor(pm), projectId, { email: fresh, side: 'vendor', roles: ['lead'] }, mail),
				'conflict',
				'invitations.pendingExists'
			);
			expect(again.options.field).toBe('email');
		});

		it('an existing account accepts with one click, only as the invited address', async () => {
			const wu = address('wu');
			const wuId = await newUser(db, wu, '吴芳');
			const stranger = await newUser(db, address('stranger'), '路人');
			await createInvitation(
				db,
				actor(pm),
				projectId,
				{ email: wu, side: 'client', roles: ['dataOwner', 'it'] },
				mail
			);
			const { token } = await linkTo(db, wu);
			expect(await inspectInvitation(db, token)).toMatchObject({ state: 'pending', hasAccount: true });
			await expectDomainError(
				acceptWithNewAccount(
					db,
					actor(null),
					token,
					{ name: 'x', passwordHash: 'h', locale: 'zh-CN' },
					browser
				),
				'conflict',
				'invitations.accountExists'
			);
			await expectDomainError(
				acceptAsUser(db, actor(stranger), token),
				'forbidden',
				'invitations.otherAccount'
			);
			expect(await findMembership(db, projectId, stranger)).toBeUndefined();
			await acceptAsUser(db, actor(wuId), token);
			const member = (await findMembership(db, projectId, wuId))!;
			expect(member.side).toBe('client');
			expect([...member.roles].sort()).toEqual(['dataOwner', 'it']);
		});
	});
}
