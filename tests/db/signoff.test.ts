import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { listGateItems } from '../../src/lib/server/repo/gates';
import { passGate, updateGateItem } from '../../src/lib/server/services/gates';
import { listPhases } from '../../src/lib/server/repo/phases';
import { loadSignoffs } from '../../src/lib/server/services/signoff/view';
import { submitForReview } from '../../src/lib/server/services/signoff/review';
import { listMyQueue } from '../../src/lib/server/services/signoff/queue';
import { verifyIntegrity } from '../../src/lib/server/services/signoff/integrity';
import { reviewHistory } from '../../src/lib/server/services/signoff/history';
import { DIALECTS, useDatabase } from './dialects';
import { actor, expectDomainError } from './fixtures';
import { sign, signoffProject, upload, waiveOpenExceptions } from './signoff-fixtures';

describe.each(DIALECTS)('two-sided sign-off on %s', (dialect) => {
	const handle = useDatabase(dialect);

	async function setup() {
		return { db: handle.db, ...(await signoffProject(handle.db)) };
	}

	it('runs the review loop: submit, reject with a comment, new version, both approve, a change voids it', async () => {
		const { db, project, pmVendor, leadClient, leadVendor, member, deliverable } = await setup();
		const ref = { type: 'deliverable' as const, id: deliverable.id };
		await expectDomainError(
			submitForReview(db, actor(pmVendor), await member(pmVendor), project.id, ref, ''),
			'conflict',
			'signoff.noVersion'
		);
		await upload(db, pmVendor, project.id, deliverable.id, '章程 第一版');
		await submitForReview(db, actor(pmVendor), await member(pmVendor), project.id, ref, '请审阅');
		expect((await listMyQueue(db, leadClient)).map((i) => i.objectId)).toEqual([deliverable.id]);

		await expectDomainError(
			sign(db, leadClient, project.id, ref, 'reject'),
			'validation_failed',
			'signoff.commentRequired'
		);
		await sign(db, leadClient, project.id, ref, 'reject', { comment: '范围缺少售后模块' });
		let view = await loadSignoffs(db, project.id, ref, await member(leadClient));
		expect([view.state, view.approved]).toEqual(['rejected', false]);
		await expectDomainError(
			sign(db, leadVendor, project.id, ref, 'approve'),
			'conflict',
			'signoff.notInReview'
		);

		await upload(db, pmVendor, project.id, deliverable.id, '章程 第二版，含售后');
		await submitForReview(db, actor(pmVendor), await member(pmVendor), project.id, ref, '已补充');
		await sign(db, leadClient, project.id, ref, 'approve');
		await sign(db, leadVendor, project.id, ref, 'approve');
		view = await loadSignoffs(db, project.id, ref, null);
		expect([view.state, view.approved, view.round?.number]).toEqual(['approved', true, 2]);
		expect(view.signatures.map((s) => [s.signerName, s.decision, s.status])).toEqual([
			['陈静', 'reject', 'superseded'],
			['陈静', 'approve', 'valid'],
			['赵磊', 'approve', 'valid']
		]);

		await upload(db, pmVendor, project.id, deliverable.id, '章程 第三版');
		view = await loadSignoffs(db, project.id, ref, null);
		expect([view.state, view.approved]).toEqual(['inReview', false]);
		expect(view.signatures.filter((s) => s.status === 'valid')).toEqual([]);
		expect(view.signatures.at(-1)?.supersededReason).toBe('changed');
		expect((await listMyQueue(db, leadClient)).map((i) => i.objectId)).toEqual([deliverable.id]);
		const history = (await reviewHistory(db, project.id, ref)).map((e) => e.action);
		expect(history).toEqual([
			'deliverable.version',
			'review.submit',
			'signoff.sign',
			'deliverable.version',
			'review.submit',
			'signoff.sign',
			'signoff.sign',
			'deliverable.version',
			'review.reopen'
		]);
		expect((await verifyIntegrity(db, project.id)).problems).toEqual([]);
	});

	it('refuses the wrong side, a wrong password, a stale hash and a non-slot member, writing nothing', async () => {
		const { db, project, pmVendor, leadVendor, keyUser, member, deliverable } = await setup();
		const ref = { type: 'deliverable' as const, id: deliverable.id };
		await upload(db, pmVendor, project.id, deliverable.id, 'v1');
		await submitForReview(db, actor(pmVendor), await member(pmVendor), project.id, ref, '');
		const clientSlot = (await loadSignoffs(db, project.id, ref, null)).slots.find(
			(s) => s.side === 'client'
		)!;
		await expectDomainError(
			sign(db, leadVendor, project.id, ref, 'approve', { slotId: clientSlot.id }),
			'forbidden',
			'signoff.slotNotYours'
		);
		await expectDomainError(
			sign(db, keyUser, project.id, ref, 'approve'),
			'forbidden',
			'signoff.noSlotForYou'
		);
		await expectDomainError(
			sign(db, leadVendor, project.id, ref, 'approve', { password: 'wrong-password-x' }),
			'forbidden',
			'signoff.wrongPassword'
		);
		await expectDomainError(
			sign(db, leadVendor, project.id, ref, 'approve', { contentHash: 'a'.repeat(64) }),
			'conflict',
			'signoff.staleContent'
		);
		expect(await db.selectFrom('signoffs').selectAll().execute()).toEqual([]);
	});

	it('pauses signing after ten wrong passwords, even with the right one', async () => {
		const { db, project, pmVendor, leadClient, member, deliverable } = await setup();
		const ref = { type: 'deliverable' as const, id: deliverable.id };
		await upload(db, pmVendor, project.id, deliverable.id, 'v1');
		await submitForReview(db, actor(pmVendor), await member(pmVendor), project.id, ref, '');
		for (let i = 0; i < 10; i++)
			await expectDomainError(
				sign(db, leadClient, project.id, ref, 'approve', { password: `guess-${i}-xxxxxx` }),
				'forbidden',
				'signoff.wrongPassword'
			);
		await expectDomainError(
			sign(db, leadClient, project.id, ref, 'approve'),
			'rate_limited',
			'signoff.tooManyAttempts'
		);
		expect(await db.selectFrom('signoffs').selectAll().execute()).toEqual([]);
	});

	it('lets exactly one of two simultaneous signatures for one slot in', async () => {
		const { db, project, pmVendor, leadClient, member, deliverable } = await setup();
		const ref = { type: 'deliverable' as const, id: deliverable.id };
		await upload(db, pmVendor, project.id, deliverable.id, 'v1');
		await submitForReview(db, actor(pmVendor), await member(pmVendor), project.id, ref, '');
		const results = await Promise.allSettled([
			sign(db, leadClient, project.id, ref, 'approve'),
			sign(db, leadClient, project.id, ref, 'approve')
		]);
		expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
		expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason.messageKey).toBe(
			'signoff.slotTaken'
		);
		expect(await db.selectFrom('signoffs').select('id').execute()).toHaveLength(1);
	});

	it('never lets an approval racing a rejection close the round as approved', async () => {
		const { db, project, pmVendor, leadClient, leadVendor, member, deliverable } = await setup();
		const ref = { type: 'deliverable' as const, id: deliverable.id };
		await upload(db, pmVendor, project.id, deliverable.id, 'v1');
		await submitForReview(db, actor(pmVendor), await member(pmVendor), project.id, ref, '');
		await Promise.allSettled([
			sign(db, leadClient, project.id, ref, 'reject', { comment: '范围不全' }),
			sign(db, leadVendor, project.id, ref, 'approve')
		]);
		const view = await loadSignoffs(db, project.id, ref, null);
		expect([view.state, view.approved, view.round?.status]).toEqual(['rejected', false, 'rejected']);
	});

	it('passes a gate only with both signatures over its current checklist, and an edit voids them', async () => {
		const { db, project, pmClient, leadClient, leadVendor, member } = await setup();
		const phase = (await listPhases(db, project.id))[0];
		const ref = { type: 'gate' as const, id: phase.id };
		for (const item of await listGateItems(db, project.id, phase.id)) {
			await updateGateItem(db, actor(pmClient), project.id, item.id, {
				version: item.version,
				done: true,
				evidenceNote: '评审会确认',
				evidenceTaskId: null,
				evidenceDeliverableId: null
			});
		}
		await waiveOpenExceptions(db, pmClient, project.id, phase.id);
		await expectDomainError(
			passGate(db, actor(pmClient), project.id, phase.id, phase.version),
			'conflict',
			'signoff.gateNotApproved'
		);
		await submitForReview(db, actor(pmClient), await member(pmClient), project.id, ref, '');
		await sign(db, leadClient, project.id, ref, 'approve');
		await sign(db, leadVendor, project.id, ref, 'approve');
		const item = (await listGateItems(db, project.id, phase.id))[0];
		await updateGateItem(db, actor(pmClient), project.id, item.id, {
			version: item.version,
			done: true,
			evidenceNote: '补充了会议纪要',
			evidenceTaskId: null,
			evidenceDeliverableId: null
		});
		await expectDomainError(
			passGate(db, actor(pmClient), project.id, phase.id, phase.version),
			'conflict',
			'signoff.gateNotApproved'
		);
		await sign(db, leadClient, project.id, ref, 'approve');
		await sign(db, leadVendor, project.id, ref, 'approve');
		const passed = await passGate(db, actor(pmClient), project.id, phase.id, phase.version);
		expect(passed.status).toBe('passed');
	});

	it('keeps sign-off and audit rows append-only and detects tampering behind the app', async () => {
		const { db, project, pmVendor, leadClient, member, deliverable } = await setup();
		const ref = { type: 'deliverable' as const, id: deliverable.id };
		await upload(db, pmVendor, project.id, deliverable.id, 'v1');
		await submitForReview(db, actor(pmVendor), await member(pmVendor), project.id, ref, '');
		await sign(db, leadClient, project.id, ref, 'approve');
		for (const table of ['signoffs', 'audit_log', 'deliverable_versions'] as const) {
			await expect(sql.raw(`update ${table} set project_id = project_id`).execute(db)).rejects.toThrow(
				/append-only/
			);
			await expect(sql.raw(`delete from ${table}`).execute(db)).rejects.toThrow(/append-only/);
		}
		expect((await verifyIntegrity(db, project.id)).ok).toBe(true);

		// A tamperer with direct database access drops the guard and rewrites history.
		if (dialect === 'sqlite') {
			await sql.raw('drop trigger signoffs_no_update').execute(db);
			await sql.raw('drop trigger audit_log_no_update').execute(db);
			await sql.raw('drop trigger deliverable_versions_no_update').execute(db);
		} else {
			for (const t of ['signoffs', 'audit_log', 'deliverable_versions'])
				await sql.raw(`alter table ${t} disable trigger ${t}_append_only`).execute(db);
		}
		await sql.raw(`update signoffs set decision = 'reject'`).execute(db);
		await sql.raw(`update deliverable_versions set sha256 = '${'0'.repeat(64)}'`).execute(db);
		await sql`update audit_log set ip = '203.0.113.9' where seq = (select min(seq) from audit_log where project_id = ${project.id})`.execute(
			db
		);
		await sql`update gate_items set evidence_note = 'x' where project_id = ${project.id}`.execute(db);
		const report = await verifyIntegrity(db, project.id);
		expect(report.ok).toBe(false);
		expect(new Set(report.problems.map((p) => p.kind))).toEqual(
			new Set(['versionHash', 'signoffAltered', 'chainBroken', 'contentChanged'])
		);
	});
});
