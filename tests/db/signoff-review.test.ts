import { describe, expect, it } from 'vitest';
import { insertMember } from '../../src/lib/server/repo/members';
import { listNotifications } from '../../src/lib/server/repo/notifications';
import { loadRaciMatrix } from '../../src/lib/server/repo/raci';
import { setRaciCells } from '../../src/lib/server/services/raci';
import { addSlot } from '../../src/lib/server/services/signoff/slots';
import { getTask, listTasks } from '../../src/lib/server/repo/tasks';
import { updateTask } from '../../src/lib/server/services/plan/tasks';
import { RACI_OBJECT_ID } from '../../src/lib/signoff/types';
import { listMyQueue, notifyOverdue, overdueReviews } from '../../src/lib/server/services/signoff/queue';
import { submitForReview } from '../../src/lib/server/services/signoff/review';
import { reviewDueDate } from '../../src/lib/server/repo/review-rounds';
import { loadSignoffs } from '../../src/lib/server/services/signoff/view';
import { verifyIntegrity } from '../../src/lib/server/services/signoff/integrity';
import { listPhases } from '../../src/lib/server/repo/phases';
import { hashPassword } from '../../src/lib/server/auth/password';
import { createUser } from '../../src/lib/server/services/accounts';
import { DIALECTS, useDatabase } from './dialects';
import { actor, expectDomainError } from './fixtures';
import { PASSWORD, sign, signoffProject, upload, waiveOpenExceptions } from './signoff-fixtures';

describe.each(DIALECTS)('review loop details on %s', (dialect) => {
	const handle = useDatabase(dialect);

	async function setup() {
		return { db: handle.db, ...(await signoffProject(handle.db)) };
	}

	it('dates reviews in working days on the project calendar and flags the overdue ones', async () => {
		const { db, project, pmVendor, leadClient, member, deliverable } = await setup();
		// Thursday 2026-09-24 + 3 working days skips the Mid-Autumn holiday (09-25..09-27); from 09-30 it skips
		// National Day (10-01..10-07) and lands on Saturday 10-10, a make-up workday.
		expect(await reviewDueDate(db, project.id, '2026-09-24')).toBe('2026-09-30');
		expect(await reviewDueDate(db, project.id, '2026-09-30')).toBe('2026-10-10');
		await upload(db, pmVendor, project.id, deliverable.id, 'v1');
		await submitForReview(
			db,
			actor(pmVendor),
			await member(pmVendor),
			project.id,
			{ type: 'deliverable', id: deliverable.id },
			''
		);
		const [item] = await listMyQueue(db, leadClient);
		expect(item.overdue).toBe(false);
		const later = '2099-01-01';
		expect((await listMyQueue(db, leadClient, { today: later }))[0].overdue).toBe(true);
		expect((await overdueReviews(db, project.id, later)).map((r) => r.objectId)).toEqual([deliverable.id]);
		await notifyOverdue(db, leadClient, later);
		await notifyOverdue(db, leadClient, later);
		const kinds = (await listNotifications(db, leadClient)).map((n) => n.kind).sort();
		expect(kinds).toEqual(['overdue', 'submitted']);
	});

	it("moves a task from 待验收 to 已完成 only through both sides' acceptance", async () => {
		const { db, project, pmClient, pmVendor, leadClient, leadVendor, member } = await setup();
		const leaf = (await listTasks(db, project.id)).find((t) => !t.hasChildren)!;
		let task = await updateTask(db, actor(pmClient), project.id, leaf.id, {
			version: leaf.version,
			status: 'inProgress'
		});
		const ref = { type: 'task' as const, id: task.id };
		await submitForReview(db, actor(pmVendor), await member(pmVendor), project.id, ref, '请验收');
		task = await getTask(db, project.id, task.id);
		expect(task.status).toBe('awaitingAcceptance');
		await expectDomainError(
			updateTask(db, actor(pmClient), project.id, task.id, { version: task.version, status: 'done' }),
			'conflict',
			'signoff.acceptanceRequired'
		);
		await sign(db, leadClient, project.id, ref, 'reject', { comment: '缺少测试记录' });
		expect((await getTask(db, project.id, task.id)).status).toBe('inProgress');
		await submitForReview(db, actor(pmVendor), await member(pmVendor), project.id, ref, '已补充');
		await sign(db, leadClient, project.id, ref, 'approve');
		await sign(db, leadVendor, project.id, ref, 'approve');
		task = await getTask(db, project.id, task.id);
		expect([task.status, task.progress, task.actualFinish !== null]).toEqual(['done', 100, true]);
		expect((await loadSignoffs(db, project.id, ref, null)).approved).toBe(true);
		expect((await verifyIntegrity(db, project.id)).problems).toEqual([]);
		// Editing what was accepted puts it back in front of both sides.
		await updateTask(db, actor(pmClient), project.id, task.id, {
			version: task.version,
			description: '补充了验收口径'
		});
		expect((await getTask(db, project.id, task.id)).status).toBe('awaitingAcceptance');
		expect((await loadSignoffs(db, project.id, ref, null)).state).toBe('inReview');
	});

	it('voids an approved RACI matrix when a cell changes', async () => {
		const { db, project, pmClient, leadClient, leadVendor, member } = await setup();
		const { matrix } = await loadRaciMatrix(db, project.id);
		// Staff every column the default matrix uses, so it has no errors and can be submitted.
		const passwordHash = await hashPassword(PASSWORD);
		for (const c of matrix.columns.filter((c) => c.memberIds.length === 0)) {
			const [side, role] = c.id.split(':') as ['client' | 'vendor' | 'consultant', string];
			const id = (
				await createUser(db, actor(null), {
					email: `${c.id.replace(':', '.')}@example.com`,
					name: c.id,
					passwordHash
				})
			).id;
			await db.transaction().execute((trx) => insertMember(trx, project.id, id, side, [role as never]));
		}
		const ref = { type: 'raciBaseline' as const, id: RACI_OBJECT_ID };
		await submitForReview(db, actor(pmClient), await member(pmClient), project.id, ref, '');
		expect((await listMyQueue(db, leadClient)).map((i) => [i.objectType, i.title])).toEqual([
			['raciBaseline', 'RACI']
		]);
		await sign(db, leadClient, project.id, ref, 'approve');
		await sign(db, leadVendor, project.id, ref, 'approve');
		expect((await loadSignoffs(db, project.id, ref, null)).approved).toBe(true);
		const row = matrix.rows.find((r) => r.kind === 'duty')!;
		const column = matrix.columns.find((c) => !matrix.cells[row.key]?.[c.id])!;
		await setRaciCells(db, actor(pmClient), project.id, [
			{ rowKey: row.key, columnId: column.id, value: 'I', version: 0 }
		]);
		const view = await loadSignoffs(db, project.id, ref, null);
		expect([view.approved, view.state, view.signatures.map((s) => s.status)]).toEqual([
			false,
			'inReview',
			['superseded', 'superseded']
		]);
		// Further edits while nobody has signed again: the reviewers see the newest letters, told once, not per cell.
		await setRaciCells(db, actor(pmClient), project.id, [
			{ rowKey: row.key, columnId: column.id, value: 'C', version: 1 }
		]);
		await setRaciCells(db, actor(pmClient), project.id, [
			{ rowKey: row.key, columnId: column.id, value: 'I', version: 2 }
		]);
		const reopened = await db
			.selectFrom('audit_log')
			.select('action')
			.where('action', '=', 'review.reopen')
			.execute();
		const voidedNotices = await db
			.selectFrom('notifications')
			.select('user_id')
			.where('kind', '=', 'voided')
			.execute();
		expect([reopened.length, voidedNotices.length]).toEqual([1, 2]);
		const current = await loadSignoffs(db, project.id, ref, null);
		expect(current.round?.contentHash).toBe(current.contentHash);
		await sign(db, leadClient, project.id, ref, 'approve');
		await sign(db, leadVendor, project.id, ref, 'approve');
		expect((await loadSignoffs(db, project.id, ref, null)).approved).toBe(true);
		expect((await verifyIntegrity(db, project.id)).problems).toEqual([]);
	});

	it('asks for the sponsor too once a PM adds that slot for gates', async () => {
		const { db, project, pmClient, leadClient, leadVendor, member } = await setup();
		await addSlot(db, actor(pmClient), project.id, { objectType: 'gate', side: 'client', role: 'sponsor' });
		// Someone must be able to sign as sponsor, or the submission is refused (see reviewer.test.ts).
		const sponsor = await createUser(db, actor(null), {
			email: 'sponsor@example.com',
			name: '周总',
			passwordHash: await hashPassword(PASSWORD)
		});
		await db.transaction().execute((trx) => insertMember(trx, project.id, sponsor.id, 'client', ['sponsor']));
		const phase = (await listPhases(db, project.id))[0];
		for (const item of await db
			.selectFrom('gate_items')
			.select('id')
			.where('phase_id', '=', phase.id)
			.execute()) {
			await db
				.updateTable('gate_items')
				.set({ done: 1, evidence_note: '纪要' })
				.where('id', '=', item.id)
				.execute();
		}
		const ref = { type: 'gate' as const, id: phase.id };
		await waiveOpenExceptions(db, pmClient, project.id, phase.id);
		await submitForReview(db, actor(pmClient), await member(pmClient), project.id, ref, '');
		await sign(db, leadClient, project.id, ref, 'approve');
		await sign(db, leadVendor, project.id, ref, 'approve');
		const view = await loadSignoffs(db, project.id, ref, null);
		expect([view.approved, view.slots.map((s) => s.role)]).toEqual([false, ['lead', 'lead', 'sponsor']]);
	});
});
