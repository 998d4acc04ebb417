import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import { hashSecret } from '../../src/lib/server/auth/token';
import { listApiTokens } from '../../src/lib/server/repo/tokens';
import {
	checkApiToken,
	createApiToken,
	revokeApiToken,
	validateApiToken
} from '../../src/lib/server/services/tokens';
import { createUser, setDisabled, setPassword } from '../../src/lib/server/services/accounts';
import { DIALECTS, useDatabase } from './dialects';
import { actor, auditActions, counts, expectDomainError, newUser } from './fixtures';

const T0 = new Date('2026-03-01T08:00:00.000Z');
const advance = (ms: number) => vi.setSystemTime(Date.now() + ms);

for (const dialect of DIALECTS) {
	describe(`personal access tokens (${dialect})`, () => {
		let db: Kysely<Database>;
		let alice: string;
		let bob: string;

		beforeEach(() => {
			vi.useFakeTimers({ toFake: ['Date'] });
			vi.setSystemTime(T0);
		});
		const h = useDatabase(dialect);
		beforeEach(async () => {
			db = h.db;
			alice = await newUser(db, 'alice@example.com');
			bob = await newUser(db, 'bob@example.com');
		});
		afterEach(() => vi.useRealTimers());

		const row = (id: string) =>
			db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

		it('issues cwb_<id>.<secret> and stores only the secret’s hash', async () => {
			const { id, token } = await createApiToken(db, actor(alice), alice, 'ci');
			expect(token).toMatch(/^cwb_[a-z2-9]{24}\.[a-z2-9]{24}$/);
			expect(token.slice(4, 28)).toBe(id);
			const secret = token.split('.')[1];
			const stored = await row(id);
			expect(stored).toMatchObject({
				user_id: alice,
				label: 'ci',
				secret_hash: hashSecret(secret),
				last_used_at: null
			});
			expect(JSON.stringify(stored)).not.toContain(secret);
			const listed = await listApiTokens(db, alice);
			const expiresAt = new Date(T0.getTime() + 90 * 86_400_000).toISOString();
			expect(listed).toEqual([{ id, label: 'ci', createdAt: T0.toISOString(), lastUsedAt: null, expiresAt }]);
			expect(await listApiTokens(db, bob)).toEqual([]);
			expect((await auditActions(db)).at(-1)).toMatchObject({
				action: 'token.create',
				object_id: id,
				actor_id: alice,
				detail: { label: 'ci', expiresAt }
			});
		});

		it('resolves a valid token to its user and refuses anything else', async () => {
			const { token } = await createApiToken(db, actor(alice), alice, 'ci');
			expect(await validateApiToken(db, token)).toBe(alice);
			const bare = token.slice('cwb_'.length);
			const [id, secret] = bare.split('.');
			const other = secret.slice(0, -1) + (secret.endsWith('a') ? 'b' : 'a');
			for (const bad of [
				bare,
				`cwb_${id}.${other}`,
				`cwb_${other}.${secret}`,
				`CWB_${bare}`,
				`cwb_${id}`,
				'cwb_',
				`Bearer ${token}`,
				''
			]) {
				expect(await validateApiToken(db, bad), bad).toBeNull();
			}
		});

		it('records use at most once a minute', async () => {
			const { id, token } = await createApiToken(db, actor(alice), alice, 'ci');
			advance(5000);
			await validateApiToken(db, token);
			const first = new Date(T0.getTime() + 5000).toISOString();
			expect((await row(id)).last_used_at).toBe(first);
			advance(60_000);
			await validateApiToken(db, token);
			expect((await row(id)).last_used_at).toBe(first);
			advance(1);
			await validateApiToken(db, token);
			expect((await row(id)).last_used_at).toBe(new Date(T0.getTime() + 65_001).toISOString());
		});

		it('lets only the owner revoke a token, after which it no longer works', async () => {
			const { id, token } = await createApiToken(db, actor(alice), alice, 'ci');
			const before = await counts(db);
			await expectDomainError(revokeApiToken(db, actor(bob), bob, id), 'not_found', 'error.notFound');
			expect(await counts(db)).toEqual(before);
			expect(await validateApiToken(db, token)).toBe(alice);

			await revokeApiToken(db, actor(alice), alice, id);
			expect(await validateApiToken(db, token)).toBeNull();
			expect(await listApiTokens(db, alice)).toEqual([]);
			expect((await auditActions(db)).at(-1)).toMatchObject({
				action: 'token.revoke',
				object_id: id,
				actor_id: alice
			});
			await expectDomainError(revokeApiToken(db, actor(alice), alice, id), 'not_found', 'error.notFound');
		});

		it('keeps tokens apart: revoking one leaves the others working', async () => {
			const a = await createApiToken(db, actor(alice), alice, 'one');
			advance(1000);
			const b = await createApiToken(db, actor(alice), alice, 'two');
			expect((await listApiTokens(db, alice)).map((t) => t.label)).toEqual(['two', 'one']);
			await revokeApiToken(db, actor(alice), alice, a.id);
			expect(await validateApiToken(db, b.token)).toBe(alice);
		});

		it('expires each token at the lifetime chosen at creation (90 days by default), then refuses it as expired', async () => {
			const week = await createApiToken(db, actor(alice), alice, 'week', 7);
			const standard = await createApiToken(db, actor(alice), alice, 'standard');
			expect(week.expiresAt).toBe(new Date(T0.getTime() + 7 * 86_400_000).toISOString());
			advance(7 * 86_400_000 - 1);
			expect(await checkApiToken(db, week.token)).toEqual({ status: 'valid', userId: alice });
			advance(1);
			expect(await checkApiToken(db, week.token)).toEqual({ status: 'expired' });
			expect(await validateApiToken(db, week.token)).toBeNull();
			// A forged secret for an expired token is invalid, not "expired": expiry is told only to the holder.
			expect(await checkApiToken(db, `cwb_${week.id}.${'a'.repeat(24)}`)).toEqual({ status: 'invalid' });
			advance(83 * 86_400_000 - 1);
			expect(await validateApiToken(db, standard.token)).toBe(alice);
			advance(1);
			expect(await checkApiToken(db, standard.token)).toEqual({ status: 'expired' });
		});

		it('revokes every token of a user when the password changes or an admin disables the user', async () => {
			const a = await createApiToken(db, actor(alice), alice, 'one');
			const b = await createApiToken(db, actor(alice), alice, 'two');
			const bobs = await createApiToken(db, actor(bob), bob, 'bob');
			await setPassword(db, actor(alice), alice, 'new-hash', null);
			expect(await validateApiToken(db, a.token)).toBeNull();
			expect(await validateApiToken(db, b.token)).toBeNull();
			expect(await listApiTokens(db, alice)).toEqual([]);
			expect(await validateApiToken(db, bobs.token)).toBe(bob);

			const admin = (
				await createUser(db, actor(null), {
					email: 'admin@example.com',
					name: 'Admin',
					passwordHash: 'x',
					isAdmin: true
				})
			).id;
			const again = await createApiToken(db, actor(bob), bob, 'again');
			await setDisabled(db, actor(admin), bob, true);
			expect(await validateApiToken(db, bobs.token)).toBeNull();
			expect(await validateApiToken(db, again.token)).toBeNull();
			expect(await listApiTokens(db, bob)).toEqual([]);
			expect((await auditActions(db)).at(-1)).toMatchObject({
				action: 'user.disable',
				object_id: bob,
				actor_id: admin,
				detail: { tokensRevoked: 2 }
			});
			// A token made while disabled (by the CLI, say) still does not work until the account is enabled.
			const made = await createApiToken(db, actor(null), bob, 'while disabled');
			expect(await checkApiToken(db, made.token)).toEqual({ status: 'invalid' });
			await setDisabled(db, actor(admin), bob, false);
			expect(await validateApiToken(db, made.token)).toBe(bob);
		});
	});
}
