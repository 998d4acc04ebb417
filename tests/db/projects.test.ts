import { beforeEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import { updateProjectSchema } from '../../src/lib/schemas/project';
import { getProject, listProjectsForUser } from '../../src/lib/server/repo/projects';
import { createProject, updateProject } from '../../src/lib/server/services/projects';
import { findMembership } from '../../src/lib/server/repo/members';
import { DIALECTS, useDatabase } from './dialects';
import { actor, auditActions, counts, expectDomainError, newUser, projectInput } from './fixtures';

for (const dialect of DIALECTS) {
	describe(`projects (${dialect})`, () => {
		const h = useDatabase(dialect);
		let db: Kysely<Database>;
		let pm: string;

		beforeEach(async () => {
			db = h.db;
			pm = await newUser(db, 'pm@example.com');
		});

		it('makes the creator project manager on the chosen side and records it', async () => {
			const project = await createProject(db, actor(pm), projectInput({ mySide: 'vendor' }));
			expect(project.version).toBe(1);
			expect(project.status).toBe('active');
			const me = await findMembership(db, project.id, pm);
			expect(me).toMatchObject({ side: 'vendor', roles: ['projectManager'], userId: pm });
			expect((await counts(db)).tasks).toBeGreaterThan(40);
			const audit = (await auditActions(db)).filter((a) => a.action === 'project.create');
			expect(audit).toEqual([
				{
					action: 'project.create',
					actor_id: pm,
					object_id: project.id,
					project_id: project.id,
					ip: '192.0.2.1',
					detail: { code: 'T-1', name: '测试项目' }
				}
			]);
		});

		it('refuses a taken code and writes nothing, not even the methodology', async () => {
			await createProject(db, actor(pm), projectInput());
			const before = await counts(db);
			const e = await expectDomainError(
				createProject(db, actor(pm), projectInput({ name: '另一个' })),
				'conflict',
				'validation.projectCodeTaken'
			);
			expect(e.options.field).toBe('code');
			expect(await counts(db)).toEqual(before);
		});

		it('refuses an unknown template and rolls everything back', async () => {
			const before = await counts(db);
			await expectDomainError(
				createProject(db, actor(pm), projectInput({ templateId: 'nope' })),
				'validation_failed',
				'templates.notFound'
			);
			expect(await counts(db)).toEqual(before);
		});

		it('applies an edit over the current version and bumps it', async () => {
			const p = await createProject(db, actor(pm), projectInput());
			const updated = await updateProject(db, actor(pm), p.id, {
				version: 1,
				name: '新名称',
				goLiveDate: '2026-11-30'
			});
			expect(updated).toMatchObject({
				name: '新名称',
				goLiveDate: '2026-11-30',
				version: 2,
				description: '项目说明'
			});
			const audit = (await auditActions(db)).at(-1);
			expect(audit).toMatchObject({
				action: 'project.update',
				project_id: p.id,
				detail: { name: '新名称', go_live_date: '2026-11-30' }
			});
		});

		it('refuses a stale version with a conflict carrying the current values, and writes nothing', async () => {
			const p = await createProject(db, actor(pm), projectInput());
			await updateProject(db, actor(pm), p.id, { version: 1, name: '第一次修改' });
			const before = await counts(db);
			const e = await expectDomainError(
				updateProject(db, actor(pm), p.id, { version: 1, name: '过时的修改' }),
				'conflict',
				'error.versionConflict'
			);
			expect(e.status).toBe(409);
			expect(e.options.current).toMatchObject({ id: p.id, name: '第一次修改', version: 2 });
			expect(await getProject(db, p.id)).toMatchObject({ name: '第一次修改', version: 2 });
			expect(await counts(db)).toEqual(before);
		});

		it('refuses a go-live before the start, also when only one date changes', async () => {
			const p = await createProject(db, actor(pm), projectInput());
			const before = await counts(db);
			await expectDomainError(
				updateProject(db, actor(pm), p.id, { version: 1, goLiveDate: '2026-01-01' }),
				'validation_failed',
				'validation.goLiveBeforeStart'
			);
			await expectDomainError(
				updateProject(db, actor(pm), p.id, { version: 1, startDate: '2026-12-01' }),
				'validation_failed',
				'validation.goLiveBeforeStart'
			);
			expect(await getProject(db, p.id)).toMatchObject({
				version: 1,
				startDate: '2026-02-12',
				goLiveDate: '2026-10-30'
			});
			expect(await counts(db)).toEqual(before);
		});

		it('refuses to take another project’s code and answers not found for an unknown project', async () => {
			await createProject(db, actor(pm), projectInput({ code: 'A-1' }));
			const b = await createProject(db, actor(pm), projectInput({ code: 'B-1' }));
			await expectDomainError(
				updateProject(db, actor(pm), b.id, { version: 1, code: 'A-1' }),
				'conflict',
				'validation.projectCodeTaken'
			);
			// Keeping its own code is no conflict.
			expect((await updateProject(db, actor(pm), b.id, { version: 1, code: 'B-1', name: 'B' })).version).toBe(
				2
			);
			await expectDomainError(
				updateProject(db, actor(pm), 'missing', { version: 1, name: 'x' }),
				'not_found',
				'error.notFound'
			);
		});

		it('archives and restores, hiding archived projects from the default list, keeping the description', async () => {
			const p = await createProject(db, actor(pm), projectInput());
			// What the settings page's archive button submits: the version and the new status, nothing else.
			const archived = await updateProject(
				db,
				actor(pm),
				p.id,
				updateProjectSchema.parse({ version: '1', status: 'archived' })
			);
			expect(archived).toMatchObject({
				status: 'archived',
				version: 2,
				description: '项目说明',
				name: '测试项目'
			});
			expect(await listProjectsForUser(db, pm)).toEqual([]);
			const all = await listProjectsForUser(db, pm, { includeArchived: true });
			expect(all.map((x) => [x.id, x.status, x.mySide, x.memberCount])).toEqual([
				[p.id, 'archived', 'client', 1]
			]);
			await updateProject(db, actor(pm), p.id, { version: 2, status: 'active' });
			expect((await listProjectsForUser(db, pm)).map((x) => x.id)).toEqual([p.id]);
			const actions = (await auditActions(db)).map((a) => a.action);
			expect(actions.slice(-2)).toEqual(['project.archive', 'project.restore']);
		});

		it('lists only the projects the user is a member of', async () => {
			const other = await newUser(db, 'other@example.com');
			await createProject(db, actor(pm), projectInput({ code: 'MINE' }));
			await createProject(db, actor(other), projectInput({ code: 'THEIRS' }));
			expect((await listProjectsForUser(db, pm)).map((p) => p.code)).toEqual(['MINE']);
			expect((await listProjectsForUser(db, other)).map((p) => p.code)).toEqual(['THEIRS']);
		});
	});
}
