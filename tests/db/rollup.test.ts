import { describe, expect, it } from 'vitest';
import { isGateTask } from '../../src/lib/phases/rollup';
import { seedDemo } from '../../src/lib/server/demo/index';
import { listPhases } from '../../src/lib/server/repo/phases';
import { getTask, listPlanOutline, listTaskPage, listTasks } from '../../src/lib/server/repo/tasks';
import { createProject } from '../../src/lib/server/services/projects';
import { createTask, updateTask } from '../../src/lib/server/services/plan/tasks';
import { DIALECTS, useDatabase } from './dialects';
import { actor, expectDomainError, newUser, projectInput } from './fixtures';

describe.each(DIALECTS)('summary roll-up on %s', (dialect) => {
	const handle = useDatabase(dialect);

	async function setup() {
		const db = handle.db;
		const pm = await newUser(db, 'pm@example.com');
		const project = await createProject(db, actor(pm), projectInput({ startDate: '2026-02-02' }));
		const [phase] = await listPhases(db, project.id);
		const add = (name: string, durationDays: number, parentId: string | null = null) =>
			createTask(db, actor(pm), project.id, {
				phaseId: phase.id,
				parentId,
				name,
				description: '',
				ownerSide: 'joint',
				start: '2026-03-02',
				durationDays,
				isMilestone: false,
				assigneeIds: []
			});
		const summary = await add('客户访谈', 1);
		const long = await add('门店访谈', 8, summary.id);
		const short = await add('电话访谈', 2, summary.id);
		return { db, pm, project, phase, summary, long, short };
	}

	it('shows a summary rolled up from its children in every read, and after every edit', async () => {
		const { db, pm, project, summary, long, short } = await setup();
		await updateTask(db, actor(pm), project.id, long.id, {
			version: long.version,
			status: 'inProgress',
			progress: 50
		});
		// Stored figures of the summary say otherwise: the roll-up, not the row, is what everyone reads.
		await db
			.updateTable('tasks')
			.set({ progress: 3, status: 'blocked' })
			.where('id', '=', summary.id)
			.execute();

		// (8 × 50 + 2 × 0) / 10 working days = 40 %.
		const expected = { progress: 40, status: 'inProgress' };
		expect(await getTask(db, project.id, summary.id)).toMatchObject({ ...expected, hasChildren: true });
		expect((await listTasks(db, project.id)).find((t) => t.id === summary.id)).toMatchObject(expected);
		expect((await listPlanOutline(db, project.id)).find((t) => t.id === summary.id)).toMatchObject(expected);
		const page = await listTaskPage(db, project.id, { status: 'inProgress', page: 1, size: 50 });
		expect(page.tasks.map((t) => t.id)).toEqual([summary.id, long.id]);

		const fresh = await getTask(db, project.id, short.id);
		await updateTask(db, actor(pm), project.id, short.id, {
			version: fresh.version,
			status: 'blocked',
			progress: 10
		});
		expect(await getTask(db, project.id, summary.id)).toMatchObject({ progress: 42, status: 'blocked' });
		const s = await getTask(db, project.id, summary.id);
		const l = await getTask(db, project.id, long.id);
		const sh = await getTask(db, project.id, short.id);
		expect(s.start).toBe([l.start, sh.start].sort()[0]);
		expect(s.finish).toBe([l.finish, sh.finish].sort()[1]);
	});

	it('refuses to set a summary’s progress or status, and accepts the shown values resent by a form', async () => {
		const { db, pm, project, summary } = await setup();
		const current = await getTask(db, project.id, summary.id);
		await expectDomainError(
			updateTask(db, actor(pm), project.id, summary.id, { version: current.version, progress: 80 }),
			'validation_failed',
			'rollup.summaryProgress'
		);
		const e = await expectDomainError(
			updateTask(db, actor(pm), project.id, summary.id, { version: current.version, status: 'inProgress' }),
			'validation_failed',
			'rollup.summaryStatus'
		);
		expect(e.options.field).toBe('status');
		expect((await getTask(db, project.id, summary.id)).version).toBe(current.version);
		const renamed = await updateTask(db, actor(pm), project.id, summary.id, {
			version: current.version,
			name: '客户与渠道访谈',
			progress: current.progress,
			status: current.status
		});
		expect(renamed.name).toBe('客户与渠道访谈');
	});

	it('refuses to mark a gate review milestone done while its gate is open', async () => {
		const { db, pm, project, phase } = await setup();
		const gate = (await listTasks(db, project.id)).find((t) => t.phaseId === phase.id && isGateTask(t))!;
		expect(gate.isMilestone).toBe(true);
		const e = await expectDomainError(
			updateTask(db, actor(pm), project.id, gate.id, { version: gate.version, status: 'done' }),
			'validation_failed',
			'rollup.gateOpen'
		);
		expect(e.options.field).toBe('status');
		const after = await getTask(db, project.id, gate.id);
		expect([after.status, after.version]).toEqual([gate.status, gate.version]);
		// Stored as done by older data, it still does not read done.
		await db.updateTable('tasks').set({ status: 'done', progress: 100 }).where('id', '=', gate.id).execute();
		expect((await getTask(db, project.id, gate.id)).status).not.toBe('done');
	});

	it('leaves the demo with 3C analysis done at 100 % and no gate milestone done before its gate', async () => {
		await seedDemo(handle.db, '2026-11-27');
		const project = await handle.db.selectFrom('projects').selectAll().executeTakeFirstOrThrow();
		const tasks = await listTasks(handle.db, project.id);
		const threeC = tasks.find((t) => t.templateKey === 'readiness.3c')!;
		expect(threeC.hasChildren).toBe(true);
		expect(tasks.filter((t) => t.parentId === threeC.id).every((t) => t.status === 'done')).toBe(true);
		expect(threeC).toMatchObject({ progress: 100, status: 'done' });

		const passed = new Set(
			(await listPhases(handle.db, project.id)).filter((p) => p.status === 'passed').map((p) => p.id)
		);
		expect(passed.size).toBeGreaterThan(0);
		const stored = await handle.db
			.selectFrom('tasks')
			.select(['id', 'phase_id', 'status', 'template_key'])
			.where('project_id', '=', project.id)
			.execute();
		for (const row of stored.filter((r) => isGateTask({ templateKey: r.template_key }))) {
			const shown = tasks.find((t) => t.id === row.id)!;
			expect(shown.status === 'done').toBe(passed.has(row.phase_id));
			if (!passed.has(row.phase_id)) expect(row.status).not.toBe('done');
		}
	}, 180_000);
});
