import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isHttpError, isRedirect, type RequestEvent } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { createProject, updateProject } from '../../src/lib/server/services/projects';
import { addMember } from '../../src/lib/server/services/members';
import { DomainError } from '../../src/lib/server/errors';
import { translate } from '../../src/lib/i18n/index';
import { DIALECTS, useDatabase } from './dialects';
import { actor, newUser, projectInput } from './fixtures';

// access.ts reads the process-wide handle from app.ts; point it at each test's fresh database instead.
const current = vi.hoisted(() => ({ db: null as unknown }));
vi.mock('../../src/lib/server/app', () => ({ db: () => current.db }));

const { actorOf, requireMember, requirePageMember } = await import('../../src/lib/server/access');

function event(
	user: Partial<SessionUser> | null,
	options: { ip?: string | null; locale?: 'zh-CN' | 'en' } = {}
): RequestEvent {
	return {
		locals: {
			user: user ? { email: 'x@example.com', name: 'x', isAdmin: false, locale: 'zh-CN', ...user } : null,
			locale: options.locale ?? 'en'
		},
		url: new URL('http://127.0.0.1/projects/p/tasks'),
		getClientAddress: () => {
			if (options.ip === null) throw new Error('no address');
			return options.ip ?? '203.0.113.9';
		}
	} as unknown as RequestEvent;
}

async function refusal(p: Promise<unknown>): Promise<DomainError> {
	const e = await p.then(
		() => null,
		(err: unknown) => err
	);
	expect(e).toBeInstanceOf(DomainError);
	return e as DomainError;
}

for (const dialect of DIALECTS) {
	describe(`requireMember (${dialect})`, () => {
		const h = useDatabase(dialect);
		let db: Kysely<Database>;
		let pm: string;
		let tester: string;
		let stranger: string;
		let projectId: string;

		beforeEach(async () => {
			db = h.db;
			current.db = db;
			pm = await newUser(db, 'pm@example.com');
			tester = await newUser(db, 'tester@example.com');
			stranger = await newUser(db, 'stranger@example.com');
			projectId = (await createProject(db, actor(pm), projectInput())).id;
			await addMember(db, actor(pm), projectId, {
				email: 'tester@example.com',
				side: 'vendor',
				roles: ['tester']
			});
		});

		it('lets a member read and a manager manage', async () => {
			const asTester = await requireMember(event({ id: tester }), projectId, { write: true });
			expect(asTester).toMatchObject({
				canManage: false,
				project: { id: projectId },
				member: { userId: tester, roles: ['tester'] }
			});
			const asPm = await requireMember(event({ id: pm }), projectId, { manage: true, write: true });
			expect(asPm.canManage).toBe(true);
		});

		it('answers 401 without a user', async () => {
			const e = await refusal(requireMember(event(null), projectId));
			expect([e.status, e.messageKey]).toEqual([401, 'error.unauthorized']);
		});

		it('answers a non-member 404, exactly as for a project that does not exist', async () => {
			const e = await refusal(requireMember(event({ id: stranger }), projectId));
			expect([e.status, e.messageKey]).toEqual([404, 'error.notFound']);
			const missing = await refusal(requireMember(event({ id: stranger }), 'no-such-project'));
			expect([missing.status, missing.messageKey]).toEqual([e.status, e.messageKey]);
			// Not even the right to manage is checked first: a stranger asking to manage still gets 404.
			expect(
				(await refusal(requireMember(event({ id: stranger }), projectId, { manage: true }))).status
			).toBe(404);
		});

		it('answers 403 to a member who is not a manager for manage actions', async () => {
			const e = await refusal(requireMember(event({ id: tester }), projectId, { manage: true }));
			expect([e.status, e.messageKey]).toEqual([403, 'error.managersOnly']);
		});

		it('answers 409 to writes on an archived project, while reads still work', async () => {
			await updateProject(db, actor(pm), projectId, { version: 1, status: 'archived' });
			const e = await refusal(requireMember(event({ id: tester }), projectId, { write: true }));
			expect([e.status, e.messageKey]).toEqual([409, 'project.archivedReadOnly']);
			expect(
				(await refusal(requireMember(event({ id: pm }), projectId, { manage: true, write: true }))).status
			).toBe(409);
			expect((await requireMember(event({ id: tester }), projectId)).project.status).toBe('archived');
			// Restoring needs manage without write.
			expect((await requireMember(event({ id: pm }), projectId, { manage: true })).canManage).toBe(true);
		});

		it('turns refusals into translated error pages, and anonymous visitors into a login redirect', async () => {
			const page = await requirePageMember(event({ id: stranger }, { locale: 'zh-CN' }), projectId).catch(
				(e: unknown) => e
			);
			expect(isHttpError(page)).toBe(true);
			if (isHttpError(page))
				expect([page.status, page.body.message]).toEqual([404, translate('zh-CN', 'error.notFound')]);
			const forbidden = await requirePageMember(event({ id: tester }), projectId, { manage: true }).catch(
				(e: unknown) => e
			);
			expect(isHttpError(forbidden) && [forbidden.status, forbidden.body.message]).toEqual([
				403,
				translate('en', 'error.managersOnly')
			]);
			const anonymous = await requirePageMember(event(null), projectId).catch((e: unknown) => e);
			expect(isRedirect(anonymous)).toBe(true);
			if (isRedirect(anonymous))
				expect([anonymous.status, anonymous.location]).toEqual([303, '/login?next=%2Fprojects%2Fp%2Ftasks']);
		});
	});
}

describe('actorOf', () => {
	it('takes the user and the client address, tolerating an unknown address', () => {
		expect(actorOf(event({ id: 'u1' }))).toEqual({ userId: 'u1', ip: '203.0.113.9' });
		expect(actorOf(event(null, { ip: null }))).toEqual({ userId: null, ip: null });
	});
});
