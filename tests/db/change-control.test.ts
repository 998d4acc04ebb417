import { describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { PlanEdit } from '../../src/lib/register/plan-edits';
import { createRegisterItemSchema } from '../../src/lib/schemas/register';
import type { Database } from '../../src/lib/server/db/schema';
import { listPlanBaselines } from '../../src/lib/server/repo/plan-baselines';
import { loadRegisterItem } from '../../src/lib/server/repo/register-items';
import { loadPlan } from '../../src/lib/server/repo/schedule';
import { applyChange } from '../../src/lib/server/services/change/apply';
import { previewChangeImpact, savePlanEdits } from '../../src/lib/server/services/change/edits';
import { createProject } from '../../src/lib/server/services/projects';
import { createRegisterItem, updateRegisterItem } from '../../src/lib/server/services/register';
import { submitForReview } from '../../src/lib/server/services/signoff/review';
import { DIALECTS, useDatabase } from './dialects';
import { actor, expectDomainError, projectInput } from './fixtures';
import { sign, signoffProject } from './signoff-fixtures';

type Project = Awaited<ReturnType<typeof signoffProject>>;

/** A leaf task that has a successor, not started: shifting it moves the plan. */
async function drivingTask(db: Kysely<Database>, projectId: string) {
	const plan = await loadPlan(db, projectId);
	const parents = new Set(plan.rows.map((r) => r.parent_id));
	const link = plan.links.find((l) => {
		const row = plan.rows.find((r) => r.id === l.predecessorId)!;
		return !parents.has(row.id) && row.status === 'notStarted' && row.is_milestone === 0;
	})!;
	const task = plan.rows.find((r) => r.id === link.predecessorId)!;
	return { task, phaseId: task.phase_id };
}

const tasksNow = async (db: Kysely<Database>, projectId: string) =>
	(await loadPlan(db, projectId)).rows
		.map((r) => `${r.id} ${r.start_date} ${r.finish_date} ${r.version} ${r.constraint_date}`)
		.sort();

async function changeRequest(db: Kysely<Database>, p: Project, edits: PlanEdit[]) {
	const item = await createRegisterItem(
		db,
		actor(p.pmClient),
		p.project.id,
		createRegisterItemSchema.parse({
			type: 'change',
			title: '增加与呼叫中心的 CTI 弹屏集成',
			ownerSide: 'client',
			whatChanges: '来电时弹出客户 360 视图',
			reason: '客服中心上线后要求',
			requestedBySide: 'client',
			scheduleDays: 5
		})
	);
	return savePlanEdits(db, actor(p.pmClient), p.project.id, item.id, {
		version: item.version,
		planEdits: edits
	});
}

async function approveByBothLeads(db: Kysely<Database>, p: Project, id: string) {
	const ref = { type: 'change' as const, id };
	await submitForReview(db, actor(p.pmClient), await p.member(p.pmClient), p.project.id, ref, '');
	await sign(db, p.leadVendor, p.project.id, ref, 'approve');
	await sign(db, p.leadClient, p.project.id, ref, 'approve');
}

const statusOf = async (db: Kysely<Database>, p: Project, id: string) =>
	(await loadRegisterItem(db, p.project.id, id))!.status;

describe.each(DIALECTS)('change control on %s', (dialect) => {
	const handle = useDatabase(dialect);

	it('previews the impact without writing anything, and refuses another project’s task with 404', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const { task } = await drivingTask(db, p.project.id);
		const change = await changeRequest(db, p, [{ kind: 'shift', taskId: task.id, days: 5 }]);
		expect(change.details.planEdits).toEqual([{ kind: 'shift', taskId: task.id, days: 5 }]);
		const before = await tasksNow(db, p.project.id);

		const impact = await previewChangeImpact(db, p.project.id, change.id);
		const moved = impact.moved.find((m) => m.taskId === task.id)!;
		expect(moved.startDelta).toBe(5);
		expect(impact.moved.length).toBeGreaterThan(1);
		expect(impact.newFinish >= impact.oldFinish).toBe(true);
		const tried = await previewChangeImpact(db, p.project.id, change.id, [
			{ kind: 'duration', taskId: task.id, durationDays: Number(task.duration_days) + 3 }
		]);
		expect(tried.moved.find((m) => m.taskId === task.id)?.finishDelta).toBe(3);

		expect(await tasksNow(db, p.project.id)).toEqual(before);
		expect(await listPlanBaselines(db, p.project.id)).toEqual([]);
		expect((await loadRegisterItem(db, p.project.id, change.id))!.version).toBe(change.version);

		const other = await createProject(db, actor(p.pmClient), projectInput({ code: 'T-2' }));
		const foreign = (await loadPlan(db, other.id)).rows[0];
		const edits: PlanEdit[] = [{ kind: 'remove', taskId: foreign.id }];
		await expectDomainError(
			previewChangeImpact(db, p.project.id, change.id, edits),
			'not_found',
			'error.notFound'
		);
		await expectDomainError(
			savePlanEdits(db, actor(p.pmClient), p.project.id, change.id, {
				version: change.version,
				planEdits: edits
			}),
			'not_found',
			'error.notFound'
		);
		const summary = (await loadPlan(db, p.project.id)).rows.find((r) => r.parent_id)!.parent_id!;
		await expectDomainError(
			savePlanEdits(db, actor(p.pmClient), p.project.id, change.id, {
				version: change.version,
				planEdits: [
					{ kind: 'shift', taskId: task.id, days: 1 },
					{ kind: 'duration', taskId: summary, durationDays: 9 }
				]
			}),
			'validation_failed',
			'change.error.summaryTask'
		).then((e) => expect(e.options.field).toBe('planEdits.1.taskId'));
	});

	it('applies only when approved, only once: a baseline first, then the plan moves as previewed', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const { task, phaseId } = await drivingTask(db, p.project.id);
		const change = await changeRequest(db, p, [
			{ kind: 'shift', taskId: task.id, days: 5 },
			{
				kind: 'add',
				phaseId,
				parentId: null,
				name: 'CTI 弹屏联调',
				ownerSide: 'vendor',
				durationDays: 3,
				predecessorId: task.id,
				start: null
			}
		]);
		await expectDomainError(
			applyChange(db, actor(p.pmClient), p.project.id, change.id, 'zh-CN'),
			'conflict',
			'change.error.notApproved'
		);
		const ref = { type: 'change' as const, id: change.id };
		await submitForReview(db, actor(p.pmClient), await p.member(p.pmClient), p.project.id, ref, '');
		expect(await statusOf(db, p, change.id)).toBe('inReview');
		await sign(db, p.leadVendor, p.project.id, ref, 'approve');
		expect(await statusOf(db, p, change.id)).toBe('inReview');
		await expectDomainError(
			applyChange(db, actor(p.pmClient), p.project.id, change.id, 'zh-CN'),
			'conflict',
			'change.error.notApproved'
		);
		await sign(db, p.leadClient, p.project.id, ref, 'approve');
		expect(await statusOf(db, p, change.id)).toBe('approved');

		const impact = await previewChangeImpact(db, p.project.id, change.id);
		const expected = impact.moved.find((m) => m.taskId === task.id)!;
		const result = await applyChange(db, actor(p.pmClient), p.project.id, change.id, 'zh-CN');
		expect(result.item.status).toBe('applied');
		expect(result.baseline.name).toBe('变更 C-001 实施前');
		expect((await listPlanBaselines(db, p.project.id)).map((b) => b.name)).toEqual(['变更 C-001 实施前']);
		const plan = await loadPlan(db, p.project.id);
		const row = plan.rows.find((r) => r.id === task.id)!;
		expect([row.start_date, row.finish_date]).toEqual([expected.newStart, expected.newFinish]);
		const added = plan.rows.find((r) => r.id === result.addedTaskIds[0])!;
		expect([added.name, added.start_date, added.finish_date]).toEqual([
			'CTI 弹屏联调',
			impact.added[0].start,
			impact.added[0].finish
		]);
		expect(plan.links).toContainEqual({
			predecessorId: task.id,
			successorId: added.id,
			type: 'FS',
			lagDays: 0
		});

		await expectDomainError(
			applyChange(db, actor(p.pmClient), p.project.id, change.id, 'zh-CN'),
			'conflict',
			'change.error.alreadyApplied'
		);
		expect(await listPlanBaselines(db, p.project.id)).toHaveLength(1);
	});

	it('editing an approved change voids the approval and its status follows back to review', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const { task } = await drivingTask(db, p.project.id);
		const change = await changeRequest(db, p, [{ kind: 'shift', taskId: task.id, days: 2 }]);
		await approveByBothLeads(db, p, change.id);
		const approved = (await loadRegisterItem(db, p.project.id, change.id))!;
		expect(approved.status).toBe('approved');
		// The owner is bookkeeping: it does not void the approval.
		const owned = await updateRegisterItem(db, actor(p.pmClient), p.project.id, change.id, {
			version: approved.version,
			dueDate: '2026-12-31'
		});
		expect(owned.status).toBe('approved');
		const edited = await savePlanEdits(db, actor(p.pmClient), p.project.id, change.id, {
			version: owned.version,
			planEdits: [{ kind: 'shift', taskId: task.id, days: 4 }]
		});
		expect(edited.status).toBe('inReview');
		await expectDomainError(
			applyChange(db, actor(p.pmClient), p.project.id, change.id, 'zh-CN'),
			'conflict',
			'change.error.notApproved'
		);
	});

	it('a rejected or withdrawn change leaves the plan untouched', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const { task } = await drivingTask(db, p.project.id);
		const before = await tasksNow(db, p.project.id);
		const change = await changeRequest(db, p, [{ kind: 'shift', taskId: task.id, days: 3 }]);
		const ref = { type: 'change' as const, id: change.id };
		await submitForReview(db, actor(p.pmClient), await p.member(p.pmClient), p.project.id, ref, '');
		await sign(db, p.leadVendor, p.project.id, ref, 'reject', { comment: '超出合同范围，需另行报价' });
		expect(await statusOf(db, p, change.id)).toBe('rejected');
		await expectDomainError(
			applyChange(db, actor(p.pmClient), p.project.id, change.id, 'zh-CN'),
			'conflict',
			'change.error.notApproved'
		);

		const other = await changeRequest(db, p, [{ kind: 'shift', taskId: task.id, days: 1 }]);
		await approveByBothLeads(db, p, other.id);
		const current = (await loadRegisterItem(db, p.project.id, other.id))!;
		await updateRegisterItem(db, actor(p.pmClient), p.project.id, other.id, {
			version: current.version,
			status: 'withdrawn'
		});
		await expectDomainError(
			applyChange(db, actor(p.pmClient), p.project.id, other.id, 'zh-CN'),
			'conflict',
			'change.error.notApproved'
		);
		await expectDomainError(
			submitForReview(
				db,
				actor(p.pmClient),
				await p.member(p.pmClient),
				p.project.id,
				{ type: 'change', id: other.id },
				''
			),
			'conflict',
			'change.error.notSubmittable'
		);
		expect(await tasksNow(db, p.project.id)).toEqual(before);
		expect(await listPlanBaselines(db, p.project.id)).toEqual([]);
	});
});
