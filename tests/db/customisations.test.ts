import { describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { createCustomisationSchema, updateCustomisationSchema } from '../../src/lib/schemas/customisations';
import type { Database } from '../../src/lib/server/db/schema';
import { newId, nowIso } from '../../src/lib/server/ids';
import { createProject } from '../../src/lib/server/services/projects';
import {
	alignCustomisationTask,
	createCustomisation,
	createCustomisationTask,
	customisationTotalsOf,
	getCustomisation,
	listCustomisations,
	updateCustomisation
} from '../../src/lib/server/services/customisations';
import { DIALECTS, useDatabase } from './dialects';
import { actor, expectDomainError, projectInput } from './fixtures';
import { signoffProject } from './signoff-fixtures';

/** A requirement written straight into its table (its own use cases live elsewhere). */
async function requirement(
	db: Kysely<Database>,
	projectId: string,
	number: number,
	fit: 'development' | 'standard' | null = 'development'
) {
	const id = newId();
	const now = nowIso();
	await db
		.insertInto('requirements')
		.values({
			id,
			project_id: projectId,
			number,
			title: `需求 ${number}`,
			category: 'functional',
			priority: 'must',
			requested_by_side: 'client',
			fit,
			fit_reason: fit === 'development' ? '标准产品没有' : '',
			created_at: now,
			updated_at: now
		})
		.execute();
	return id;
}

const input = (over: Record<string, unknown> = {}) =>
	createCustomisationSchema.parse({ title: '客户360视图', type: 'ui', estimateDays: 7.5, ...over });

describe.each(DIALECTS)('customisations on %s', (dialect) => {
	const handle = useDatabase(dialect);

	it('creates, links requirements, totals and moves status only by the workflow', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const dev = await p.member(p.pmVendor);
		const r1 = await requirement(db, p.project.id, 1);
		const r2 = await requirement(db, p.project.id, 2);
		const c = await createCustomisation(
			db,
			actor(p.pmVendor),
			p.project.id,
			input({ requirementIds: [r1, r2], developerMemberId: dev.id, systems: ['呼叫中心', 'ERP', ''] })
		);
		expect([c.code, c.status, c.requirements.map((r) => r.code), c.systems, c.developerName]).toEqual([
			'CU-001',
			'toDesign',
			['REQ-001', 'REQ-002'],
			['呼叫中心', 'ERP'],
			'李强'
		]);
		const second = await createCustomisation(
			db,
			actor(p.pmVendor),
			p.project.id,
			input({ title: '投诉工单报表', type: 'report', estimateDays: 3 })
		);
		expect(second.code).toBe('CU-002');

		const page = await listCustomisations(db, p.project.id, { statuses: [], types: ['ui'], page: 1 });
		expect([page.total, page.items[0].requirementCount]).toEqual([1, 2]);
		const totals = await customisationTotalsOf(db, p.project.id);
		expect([totals.all, totals.byType.report, totals.byStatus.toDesign.count]).toEqual([
			{ count: 2, days: 10.5 },
			{ count: 1, days: 3 },
			2
		]);

		const err = await expectDomainError(
			updateCustomisation(
				db,
				actor(p.pmVendor),
				p.project.id,
				c.id,
				updateCustomisationSchema.parse({ version: c.version, status: 'done' })
			),
			'validation_failed',
			'custom.error.move'
		);
		expect(err.options.field).toBe('status');
		const moved = await updateCustomisation(
			db,
			actor(p.pmVendor),
			p.project.id,
			c.id,
			updateCustomisationSchema.parse({ version: c.version, status: 'designing', requirementIds: [r2] })
		);
		expect([moved.status, moved.version, moved.requirements.map((r) => r.id)]).toEqual([
			'designing',
			c.version + 1,
			[r2]
		]);

		// A stale version is a conflict carrying the customisation as it is now; nothing is written.
		const stale = await expectDomainError(
			updateCustomisation(
				db,
				actor(p.pmVendor),
				p.project.id,
				c.id,
				updateCustomisationSchema.parse({ version: c.version, title: '旧标题' })
			),
			'conflict',
			'error.versionConflict'
		);
		expect((stale.options.current as { version: number }).version).toBe(moved.version);
		expect((await getCustomisation(db, p.project.id, c.id)).title).toBe('客户360视图');
	});

	it('answers 404 for another project’s requirement or customisation and refuses a non-member developer', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const other = await createProject(
			db,
			actor(p.pmClient),
			projectInput({ code: 'T-2', name: '另一个项目' })
		);
		const foreignReq = await requirement(db, other.id, 1);
		const foreignCust = await createCustomisation(db, actor(p.pmClient), other.id, input());
		const before = await db.selectFrom('customisations').select('id').execute();
		const foreignLink = await expectDomainError(
			createCustomisation(db, actor(p.pmVendor), p.project.id, input({ requirementIds: [foreignReq] })),
			'not_found',
			'custom.error.requirementNotFound'
		);
		expect(foreignLink.options.field).toBe('requirementIds');
		await expectDomainError(
			getCustomisation(db, p.project.id, foreignCust.id),
			'not_found',
			'error.notFound'
		);
		await expectDomainError(
			updateCustomisation(
				db,
				actor(p.pmVendor),
				p.project.id,
				foreignCust.id,
				updateCustomisationSchema.parse({ version: 1, title: 'x' })
			),
			'not_found',
			'error.notFound'
		);
		const outsider = (
			await db
				.selectFrom('project_members')
				.select('id')
				.where('project_id', '=', other.id)
				.executeTakeFirstOrThrow()
		).id;
		const e = await expectDomainError(
			createCustomisation(db, actor(p.pmVendor), p.project.id, input({ developerMemberId: outsider })),
			'validation_failed',
			'custom.error.developer'
		);
		expect(e.options.field).toBe('developerMemberId');
		expect(await db.selectFrom('customisations').select('id').execute()).toHaveLength(before.length);
	});

	it('creates the build task under 二次设计与开发 in the redesign phase, once', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const dev = await p.member(p.pmVendor);
		const c = await createCustomisation(
			db,
			actor(p.pmVendor),
			p.project.id,
			input({ developerMemberId: dev.id, ownerSide: 'vendor', estimateDays: 7.5 })
		);
		const built = await createCustomisationTask(db, actor(p.pmVendor), p.project.id, c.id);
		expect(built.task).not.toBeNull();
		const task = await db
			.selectFrom('tasks as t')
			.innerJoin('phases as ph', 'ph.id', 't.phase_id')
			.leftJoin('tasks as parent', 'parent.id', 't.parent_id')
			.select(['t.name', 't.duration_days', 't.owner_side', 'ph.key', 'parent.template_key as parentKey'])
			.where('t.id', '=', built.task!.id)
			.executeTakeFirstOrThrow();
		expect({ ...task, duration_days: Number(task.duration_days) }).toEqual({
			name: '定制开发：CU-001 客户360视图',
			duration_days: 8,
			owner_side: 'vendor',
			key: 'redesign',
			parentKey: 'redesign.development'
		});
		const assignees = await db
			.selectFrom('task_assignees')
			.select('member_id')
			.where('task_id', '=', built.task!.id)
			.execute();
		expect(assignees.map((a) => a.member_id)).toEqual([dev.id]);
		// It follows 确定定制开发清单: nothing is built before the list is agreed, and it moves when the list slips.
		const after = await db
			.selectFrom('task_dependencies as d')
			.innerJoin('tasks as pred', 'pred.id', 'd.predecessor_id')
			.select(['pred.template_key', 'pred.finish_date', 'd.type'])
			.where('d.successor_id', '=', built.task!.id)
			.execute();
		expect(after.map((d) => [d.template_key, d.type])).toEqual([['redesign.development.list', 'FS']]);
		expect(built.task!.start > after[0].finish_date).toBe(true);
		expect(built.task!.finish >= built.task!.start).toBe(true);
		const audit = await db
			.selectFrom('audit_log')
			.select('action')
			.where('project_id', '=', p.project.id)
			.where('action', 'in', ['task.create', 'customisation.task'])
			.execute();
		expect(audit.map((a) => a.action).sort()).toEqual(['customisation.task', 'task.create']);

		const tasksBefore = await db.selectFrom('tasks').select('id').execute();
		await expectDomainError(
			createCustomisationTask(db, actor(p.pmVendor), p.project.id, c.id),
			'conflict',
			'custom.error.taskExists'
		);
		expect(await db.selectFrom('tasks').select('id').execute()).toHaveLength(tasksBefore.length);
	});

	it('needs an estimate before the task and none for a cancelled item', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const c = await createCustomisation(db, actor(p.pmVendor), p.project.id, input({ estimateDays: null }));
		const e = await expectDomainError(
			createCustomisationTask(db, actor(p.pmVendor), p.project.id, c.id),
			'validation_failed',
			'custom.error.needsEstimate'
		);
		expect(e.options.field).toBe('estimateDays');
		const cancelled = await updateCustomisation(
			db,
			actor(p.pmVendor),
			p.project.id,
			c.id,
			updateCustomisationSchema.parse({ version: c.version, status: 'cancelled', estimateDays: 2 })
		);
		await expectDomainError(
			createCustomisationTask(db, actor(p.pmVendor), p.project.id, cancelled.id),
			'conflict',
			'custom.error.cancelled'
		);
	});

	it('keeps the build task in line: resized with the estimate, out of the plan when cancelled unstarted', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const pm = actor(p.pmVendor);
		const edit = (over: Record<string, unknown>, version: number, planManager: boolean) =>
			updateCustomisation(
				db,
				planManager ? pm : actor(p.keyUser),
				p.project.id,
				c.id,
				updateCustomisationSchema.parse({ version, ...over }),
				{ planManager }
			);
		const taskRow = (id: string) =>
			db.selectFrom('tasks').select(['duration_days', 'status']).where('id', '=', id).executeTakeFirst();
		let c = await createCustomisation(db, pm, p.project.id, input({ estimateDays: 7.5 }));
		c = await createCustomisationTask(db, pm, p.project.id, c.id);
		const taskId = c.task!.id;
		expect([c.task!.durationDays, c.taskDrift]).toEqual([8, null]);

		// Someone who does not manage the plan changes the estimate: the plan stays, the drift is named.
		c = await edit({ estimateDays: 12 }, c.version, false);
		expect([c.task!.durationDays, c.taskDrift]).toEqual([8, 'duration']);
		expect(Number((await taskRow(taskId))!.duration_days)).toBe(8);
		// A project manager settles it; then a manager's own edit moves the task with it.
		c = await alignCustomisationTask(db, pm, p.project.id, c.id);
		expect([c.task!.durationDays, c.taskDrift]).toEqual([12, null]);
		await expectDomainError(
			alignCustomisationTask(db, pm, p.project.id, c.id),
			'conflict',
			'custom.error.taskInLine'
		);
		c = await edit({ estimateDays: 2.5 }, c.version, true);
		expect([c.task!.durationDays, c.taskDrift]).toEqual([3, null]);
		expect(Number((await taskRow(taskId))!.duration_days)).toBe(3);

		// Cancelled by a manager before the work started: the task leaves the plan.
		c = await edit({ status: 'cancelled' }, c.version, true);
		expect([c.status, c.taskId, c.task, c.taskDrift]).toEqual(['cancelled', null, null, null]);
		expect(await taskRow(taskId)).toBeUndefined();
		const audit = await db
			.selectFrom('audit_log')
			.select('action')
			.where('project_id', '=', p.project.id)
			.where('action', 'like', 'customisation.task%')
			.execute();
		expect(audit.map((a) => a.action).sort()).toEqual([
			'customisation.task',
			'customisation.taskRemoved',
			'customisation.taskResized',
			'customisation.taskResized'
		]);

		// Reopened and built again; once its task has started, a cancellation keeps it and says so.
		c = await edit({ status: 'toDesign' }, c.version, true);
		c = await createCustomisationTask(db, pm, p.project.id, c.id);
		await db
			.updateTable('tasks')
			.set({ status: 'inProgress', progress: 40 })
			.where('id', '=', c.task!.id)
			.execute();
		c = await edit({ status: 'cancelled' }, c.version, true);
		expect([c.task?.progress, c.taskDrift]).toEqual([40, 'cancelledStarted']);
		await expectDomainError(
			alignCustomisationTask(db, pm, p.project.id, c.id),
			'conflict',
			'custom.error.taskStarted'
		);
		expect(await taskRow(c.task!.id)).toEqual({ duration_days: expect.anything(), status: 'inProgress' });
	});
});
