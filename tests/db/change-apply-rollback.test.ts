import { describe, expect, it, vi } from 'vitest';
import { createRegisterItemSchema } from '../../src/lib/schemas/register';
import { DomainError } from '../../src/lib/server/errors';
import { listPlanBaselines } from '../../src/lib/server/repo/plan-baselines';
import { loadRegisterItem } from '../../src/lib/server/repo/register-items';
import { loadPlan } from '../../src/lib/server/repo/schedule';
import { applyChange } from '../../src/lib/server/services/change/apply';
import { savePlanEdits } from '../../src/lib/server/services/change/edits';
import { createRegisterItem } from '../../src/lib/server/services/register';
import { submitForReview } from '../../src/lib/server/services/signoff/review';
import { DIALECTS, useDatabase } from './dialects';
import { actor, expectDomainError } from './fixtures';
import { sign, signoffProject } from './signoff-fixtures';

// The link step of an added task fails, after the baseline, the move and the new task were written.
vi.mock('../../src/lib/server/services/plan/dependencies', async (original) => ({
	...(await original<typeof import('../../src/lib/server/services/plan/dependencies')>()),
	createDependency: vi.fn(async () => {
		throw new DomainError('conflict', 'plan.duplicateLink', { field: 'successorId' });
	})
}));

describe.each(DIALECTS)('applying a change on %s', (dialect) => {
	const handle = useDatabase(dialect);

	it('rolls everything back when one edit fails midway: no baseline, no moved or added task, still approved', async () => {
		const db = handle.db;
		const p = await signoffProject(db);
		const plan = await loadPlan(db, p.project.id);
		const parents = new Set(plan.rows.map((r) => r.parent_id));
		const task = plan.rows.find((r) => !parents.has(r.id) && r.status === 'notStarted' && !r.is_milestone)!;
		const snapshot = JSON.stringify((await loadPlan(db, p.project.id)).rows);
		const item = await createRegisterItem(
			db,
			actor(p.pmClient),
			p.project.id,
			createRegisterItemSchema.parse({ type: 'change', title: '客户分级规则调整', ownerSide: 'client' })
		);
		await savePlanEdits(db, actor(p.pmClient), p.project.id, item.id, {
			version: item.version,
			planEdits: [
				{ kind: 'shift', taskId: task.id, days: 4 },
				{
					kind: 'add',
					phaseId: task.phase_id,
					parentId: null,
					name: '分级规则回归测试',
					ownerSide: 'vendor',
					durationDays: 2,
					predecessorId: task.id,
					start: null
				}
			]
		});
		const ref = { type: 'change' as const, id: item.id };
		await submitForReview(db, actor(p.pmClient), await p.member(p.pmClient), p.project.id, ref, '');
		await sign(db, p.leadVendor, p.project.id, ref, 'approve');
		await sign(db, p.leadClient, p.project.id, ref, 'approve');

		await expectDomainError(
			applyChange(db, actor(p.pmClient), p.project.id, item.id, 'zh-CN'),
			'conflict',
			'plan.duplicateLink'
		);
		expect(JSON.stringify((await loadPlan(db, p.project.id)).rows)).toBe(snapshot);
		expect(await listPlanBaselines(db, p.project.id)).toEqual([]);
		expect((await loadRegisterItem(db, p.project.id, item.id))!.status).toBe('approved');
	});
});
