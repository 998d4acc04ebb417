import { beforeAll, describe, expect, it } from 'vitest';
import { CRM_METHODOLOGY } from '../../src/lib/phases/crm-methodology';
import { MAX_TASKS_PER_PROJECT } from '../../src/lib/phases/limits';
import { getDocument } from '../../src/lib/server/repo/documents';
import { saveKickoffMeeting } from '../../src/lib/server/services/documents';
import { importMspdi } from '../../src/lib/server/services/plan/mspdi';
import { listPhases } from '../../src/lib/server/repo/phases';
import { createProject } from '../../src/lib/server/services/projects';
import { createTask } from '../../src/lib/server/services/plan/tasks';
import { listTaskPage, listTasks } from '../../src/lib/server/repo/tasks';
import { generatedMspdi } from '../fixtures/hostile-mspdi';
import { DIALECTS, useDatabase } from './dialects';
import { actor, expectDomainError, newUser, projectInput } from './fixtures';

// One project filled to one task below the limit, shared by the cases in order: each refusal must leave it as it was.
describe.each(DIALECTS)('the per-project task limit on %s', (dialect) => {
	const handle = useDatabase(dialect, { per: 'suite' });
	let pm: string;
	let projectId: string;
	let phaseId: string;

	const taskCount = async () =>
		Number(
			(
				await handle.db
					.selectFrom('tasks')
					.select((eb) => eb.fn.countAll().as('n'))
					.where('project_id', '=', projectId)
					.executeTakeFirstOrThrow()
			).n
		);
	const phaseCount = async () => (await listPhases(handle.db, projectId)).length;
	const newTask = (name: string) =>
		createTask(handle.db, actor(pm), projectId, {
			phaseId,
			name,
			description: '',
			ownerSide: 'joint',
			start: '2026-03-02',
			durationDays: 2,
			isMilestone: false,
			assigneeIds: []
		});

	beforeAll(async () => {
		pm = await newUser(handle.db, 'pm@example.com');
		projectId = (await createProject(handle.db, actor(pm), projectInput())).id;
		phaseId = (await listPhases(handle.db, projectId))[0].id;
		// Filled directly, as fast as the database takes rows: the limit is what is tested, not the form.
		const base = await handle.db
			.selectFrom('tasks')
			.selectAll()
			.where('project_id', '=', projectId)
			.where('parent_id', 'is', null)
			.where('is_milestone', '=', 0)
			.executeTakeFirstOrThrow();
		const missing = MAX_TASKS_PER_PROJECT - 1 - (await taskCount());
		const rows = Array.from({ length: missing }, (_, i) => ({
			...base,
			id: `fill-${i}`,
			template_key: null,
			order_index: 1000 + i,
			name: `填充任务 ${i}`,
			version: 1
		}));
		for (let i = 0; i < rows.length; i += 500)
			await handle.db
				.insertInto('tasks')
				.values(rows.slice(i, i + 500))
				.execute();
		expect(await taskCount()).toBe(MAX_TASKS_PER_PROJECT - 1);
	}, 120_000);

	it('refuses kickoff action items that would pass the limit, saving neither tasks nor minutes', async () => {
		const items = ['提交沟通计划', '确认里程碑'].map((text) => ({
			text,
			ownerSide: 'vendor' as const,
			due: '2026-03-06',
			taskId: null
		}));
		const e = await expectDomainError(
			saveKickoffMeeting(
				handle.db,
				actor(pm),
				projectId,
				{ date: '2026-03-02', location: '上海', attendeeIds: [], decisions: [], actionItems: items },
				0
			),
			'validation_failed',
			'limits.tooManyTasks'
		);
		expect(e.options.params).toEqual({
			max: MAX_TASKS_PER_PROJECT,
			count: MAX_TASKS_PER_PROJECT - 1,
			adding: 2
		});
		expect(await taskCount()).toBe(MAX_TASKS_PER_PROJECT - 1);
		expect((await getDocument(handle.db, projectId, 'kickoffMeeting')).version).toBe(0);
	});

	it('refuses an MS Project import that would pass the limit, creating no phase', async () => {
		const phases = await phaseCount();
		await expectDomainError(
			importMspdi(handle.db, actor(pm), projectId, generatedMspdi(2), 'two.xml'),
			'validation_failed',
			'limits.tooManyTasks'
		);
		expect([await taskCount(), await phaseCount()]).toEqual([MAX_TASKS_PER_PROJECT - 1, phases]);
	});

	it('adds tasks up to the limit and refuses the next one', async () => {
		await newTask('最后一项');
		expect(await taskCount()).toBe(MAX_TASKS_PER_PROJECT);
		await expectDomainError(newTask('超出上限'), 'validation_failed', 'limits.tooManyTasks');
		expect(await taskCount()).toBe(MAX_TASKS_PER_PROJECT);
	});

	it('refuses a template larger than the limit when a project is created from it, creating no project', async () => {
		const tasks = Array.from({ length: MAX_TASKS_PER_PROJECT + 1 }, (_, i) => ({
			key: `big-${i}`,
			name: { zh: `任务 ${i}`, en: `Task ${i}` },
			ownerSide: 'joint' as const,
			durationDays: 1
		}));
		const content = {
			...CRM_METHODOLOGY,
			phases: [{ ...CRM_METHODOLOGY.phases[0], tasks, deliverables: [], exitCriteria: [] }]
		};
		await handle.db
			.insertInto('methodology_templates')
			.values({
				id: 'huge',
				name: '巨型模板',
				description: '',
				content: JSON.stringify(content),
				source_project_id: null,
				created_by: pm,
				created_at: new Date().toISOString()
			})
			.execute();
		const projects = async () => (await handle.db.selectFrom('projects').select('id').execute()).length;
		const before = await projects();
		await expectDomainError(
			createProject(handle.db, actor(pm), projectInput({ code: 'T-HUGE', templateId: 'huge' })),
			'validation_failed',
			'limits.tooManyTasks'
		);
		expect(await projects()).toBe(before);
	}, 60_000);
});

describe.each(DIALECTS)('the task list page on %s', (dialect) => {
	const handle = useDatabase(dialect, { per: 'suite' });

	it('filters and pages on the server in WBS order, and the pages together are the whole plan', async () => {
		const pm = await newUser(handle.db, 'pm@example.com');
		const projectId = (await createProject(handle.db, actor(pm), projectInput())).id;
		const all = await listTasks(handle.db, projectId);
		const size = 7;
		const pages = [];
		for (let page = 1; ; page++) {
			const r = await listTaskPage(handle.db, projectId, { page, size });
			expect([r.total, r.matching, r.pages]).toEqual([all.length, all.length, Math.ceil(all.length / size)]);
			pages.push(...r.tasks);
			if (page >= r.pages) break;
		}
		expect(pages.map((t) => [t.id, t.wbs])).toEqual(all.map((t) => [t.id, t.wbs]));

		const phaseId = all[all.length - 1].phaseId;
		const filtered = await listTaskPage(handle.db, projectId, { phaseId, side: 'vendor', page: 99, size });
		const expected = all.filter((t) => t.phaseId === phaseId && t.ownerSide === 'vendor');
		expect(filtered.matching).toBe(expected.length);
		// A page past the end reads the last one.
		expect(filtered.page).toBe(filtered.pages);
		expect(filtered.tasks.map((t) => t.id)).toEqual(
			expected.slice((filtered.pages - 1) * size).map((t) => t.id)
		);
	});
});
