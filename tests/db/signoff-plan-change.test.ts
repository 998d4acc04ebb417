import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/lib/server/auth/password';
import { insertMember } from '../../src/lib/server/repo/members';
import { loadRaciMatrix } from '../../src/lib/server/repo/raci';
import { getTask, listTasks } from '../../src/lib/server/repo/tasks';
import { updateTask } from '../../src/lib/server/services/plan/tasks';
import { createUser } from '../../src/lib/server/services/accounts';
import { voidPlanApprovals } from '../../src/lib/server/services/signoff/approval';
import { submitForReview } from '../../src/lib/server/services/signoff/review';
import { loadSignoffs } from '../../src/lib/server/services/signoff/view';
import { RACI_OBJECT_ID } from '../../src/lib/signoff/types';
import { DIALECTS, useDatabase } from './dialects';
import { actor } from './fixtures';
import { PASSWORD, sign, signoffProject } from './signoff-fixtures';

// The one entry point the plan's use cases call when the plan changes (services/signoff/approval.ts).
describe.each(DIALECTS)('voiding approvals when the plan changes on %s', (dialect) => {
	const handle = useDatabase(dialect);

	async function acceptedTask() {
		const db = handle.db;
		const p = await signoffProject(db);
		const leaf = (await listTasks(db, p.project.id)).find((t) => !t.hasChildren)!;
		await updateTask(db, actor(p.pmClient), p.project.id, leaf.id, {
			version: leaf.version,
			status: 'inProgress'
		});
		const ref = { type: 'task' as const, id: leaf.id };
		await submitForReview(db, actor(p.pmVendor), await p.member(p.pmVendor), p.project.id, ref, '');
		await sign(db, p.leadClient, p.project.id, ref, 'approve');
		await sign(db, p.leadVendor, p.project.id, ref, 'approve');
		expect((await loadSignoffs(db, p.project.id, ref, null)).approved).toBe(true);
		return { db, ...p, ref };
	}

	it("voids a changed task's acceptance inside the caller's transaction and puts it back in review", async () => {
		const { db, project, pmClient, ref } = await acceptedTask();
		await db.transaction().execute(async (trx) => {
			await trx.updateTable('tasks').set({ description: '新的验收口径' }).where('id', '=', ref.id).execute();
			await voidPlanApprovals(trx, actor(pmClient), project.id, { taskIds: [ref.id] });
		});
		const view = await loadSignoffs(db, project.id, ref, null);
		expect([view.approved, view.state, view.signatures.map((s) => s.status)]).toEqual([
			false,
			'inReview',
			['superseded', 'superseded']
		]);
		expect((await getTask(db, project.id, ref.id)).status).toBe('awaitingAcceptance');
	});

	it('keeps an approval whose content did not change, and voids nothing when the caller rolls back', async () => {
		const { db, project, pmClient, ref } = await acceptedTask();
		await db
			.transaction()
			.execute((trx) => voidPlanApprovals(trx, actor(pmClient), project.id, { taskIds: [ref.id] }));
		expect((await loadSignoffs(db, project.id, ref, null)).approved).toBe(true);
		await expect(
			db.transaction().execute(async (trx) => {
				await trx.updateTable('tasks').set({ name: '改名' }).where('id', '=', ref.id).execute();
				await voidPlanApprovals(trx, actor(pmClient), project.id, { taskIds: [ref.id] });
				throw new Error('the plan change is refused later on');
			})
		).rejects.toThrow('refused later on');
		expect((await loadSignoffs(db, project.id, ref, null)).approved).toBe(true);
		expect((await getTask(db, project.id, ref.id)).status).toBe('done');
	});

	it('voids the approved RACI matrix when the plan loses a row', async () => {
		const db = handle.db;
		const { project, pmClient, leadClient, leadVendor, member } = await signoffProject(db);
		const { matrix } = await loadRaciMatrix(db, project.id);
		const passwordHash = await hashPassword(PASSWORD);
		for (const c of matrix.columns.filter((c) => c.memberIds.length === 0)) {
			const [side, role] = c.id.split(':') as ['client' | 'vendor' | 'consultant', string];
			const email = `${c.id.replace(':', '.')}@example.com`;
			const id = (await createUser(db, actor(null), { email, name: c.id, passwordHash })).id;
			await db.transaction().execute((trx) => insertMember(trx, project.id, id, side, [role as never]));
		}
		const ref = { type: 'raciBaseline' as const, id: RACI_OBJECT_ID };
		await submitForReview(db, actor(pmClient), await member(pmClient), project.id, ref, '');
		await sign(db, leadClient, project.id, ref, 'approve');
		await sign(db, leadVendor, project.id, ref, 'approve');
		expect((await loadSignoffs(db, project.id, ref, null)).approved).toBe(true);
		// A task whose row carries letters leaves the plan.
		const row = matrix.rows.find((r) => r.kind === 'task' && Object.keys(matrix.cells[r.key] ?? {}).length)!;
		await db.transaction().execute(async (trx) => {
			await trx.deleteFrom('tasks').where('parent_id', '=', row.refId).execute();
			await trx.deleteFrom('tasks').where('id', '=', row.refId).execute();
			await voidPlanApprovals(trx, actor(pmClient), project.id, { rowsChanged: true });
		});
		const view = await loadSignoffs(db, project.id, ref, null);
		expect([view.approved, view.state]).toEqual([false, 'inReview']);
	});
});
