import { describe, expect, it } from 'vitest';
import { listGateItems, listGateWaivers } from '../../src/lib/server/repo/gates';
import { listPhases } from '../../src/lib/server/repo/phases';
import { listTasks } from '../../src/lib/server/repo/tasks';
import {
	passGate,
	updateGateItem,
	waiveGateException,
	withdrawGateWaiver
} from '../../src/lib/server/services/gates';
import { loadGateState } from '../../src/lib/server/services/gate-evaluation';
import { createTask } from '../../src/lib/server/services/plan/tasks';
import { signableContent } from '../../src/lib/server/services/signoff/content';
import { submitForReview } from '../../src/lib/server/services/signoff/review';
import { loadSignoffs } from '../../src/lib/server/services/signoff/view';
import { verifyIntegrity } from '../../src/lib/server/services/signoff/integrity';
import { DIALECTS, useDatabase } from './dialects';
import { actor, auditActions, expectDomainError } from './fixtures';
import { sign, signoffProject, upload, waiveOpenExceptions } from './signoff-fixtures';

describe.each(DIALECTS)('gates on finished evidence on %s', (dialect) => {
	const handle = useDatabase(dialect);

	/** The readiness gate with every item ticked, one citing the charter deliverable, whose v1 is only in review. */
	async function claimedGate() {
		const db = handle.db;
		const p = await signoffProject(db);
		const phase = (await listPhases(db, p.project.id))[0];
		await upload(db, p.pmVendor, p.project.id, p.deliverable.id, '评估报告 第一版');
		await submitForReview(
			db,
			actor(p.pmVendor),
			await p.member(p.pmVendor),
			p.project.id,
			{
				type: 'deliverable',
				id: p.deliverable.id
			},
			''
		);
		const items = await listGateItems(db, p.project.id, phase.id);
		for (const [i, item] of items.entries())
			await updateGateItem(db, actor(p.pmClient), p.project.id, item.id, {
				version: item.version,
				done: true,
				evidenceNote: '评审会确认',
				evidenceTaskId: null,
				evidenceDeliverableId: i === 0 ? p.deliverable.id : null
			});
		const gate = { type: 'gate' as const, id: phase.id };
		return { db, ...p, phase, gate };
	}

	it('refuses to submit or pass a ticked gate whose cited deliverable is in review and whose work is open', async () => {
		const { db, project, pmClient, member, phase, gate, deliverable } = await claimedGate();
		const { evaluation } = await loadGateState(db, project.id, phase.id);
		const [deliverables, tasks] = evaluation.computed;
		expect(
			deliverables.exceptions.map((e) => [e.subjectId, e.observed.state, e.observed.versionNumber])
		).toEqual([[deliverable.id, 'inReview', 1]]);
		const work = (await listTasks(db, project.id, { phaseId: phase.id })).filter(
			(t) => !t.hasChildren && !t.templateKey?.endsWith('.gate')
		);
		expect(tasks.exceptions.map((e) => e.subjectId).sort()).toEqual(work.map((t) => t.id).sort());
		expect(evaluation.blockers).toBe(1 + work.length);

		const refused = await expectDomainError(
			submitForReview(db, actor(pmClient), await member(pmClient), project.id, gate, ''),
			'conflict',
			'gateEval.blocked'
		);
		expect(refused.options.params).toEqual({ count: 1 + work.length });
		await expectDomainError(
			passGate(db, actor(pmClient), project.id, phase.id, phase.version),
			'conflict',
			'gateEval.blocked'
		);
	});

	it('stores a waiver per exception in the signed content, and passes with them once both sides sign', async () => {
		const { db, project, pmClient, leadClient, leadVendor, member, phase, gate, deliverable } =
			await claimedGate();
		const before = await signableContent(db, project.id, 'gate', phase.id);
		expect(
			'waivers' in (before.content as object) && (before.content as { waivers?: unknown }).waivers
		).toBeFalsy();
		const waive = (reason: string, subjectId = deliverable.id) =>
			waiveGateException(db, actor(pmClient), project.id, phase.id, {
				subjectType: 'deliverable',
				subjectId,
				reason
			});
		await expectDomainError(waive('  '), 'validation_failed', 'gateEval.reasonRequired');
		await expectDomainError(waive('理'.repeat(1001)), 'validation_failed', 'gateEval.reasonTooLong');
		await expectDomainError(waive('无此对象', 'nope'), 'conflict', 'gateEval.notAnException');
		await waive('评估报告终稿已在评审会上口头确认，书面批准在启动阶段补签');
		await expectDomainError(waive('再来一次'), 'conflict', 'gateEval.alreadyWaived');

		const [stored] = await listGateWaivers(db, project.id, phase.id);
		expect(stored).toMatchObject({
			subjectType: 'deliverable',
			subjectId: deliverable.id,
			reason: '评估报告终稿已在评审会上口头确认，书面批准在启动阶段补签',
			waivedBy: pmClient,
			waivedByName: '王敏',
			observed: { state: 'inReview', versionNumber: 1 }
		});
		const after = await signableContent(db, project.id, 'gate', phase.id);
		expect(after.hash).not.toBe(before.hash);
		expect((after.content as { waivers: unknown[] }).waivers).toEqual([
			expect.objectContaining({
				subjectType: 'deliverable',
				subjectId: deliverable.id,
				subjectName: deliverable.name,
				reason: stored.reason,
				waivedByName: '王敏',
				waivedAt: stored.waivedAt
			})
		]);

		await waiveOpenExceptions(db, pmClient, project.id, phase.id);
		expect((await loadGateState(db, project.id, phase.id)).evaluation.ready).toBe(true);
		await submitForReview(db, actor(pmClient), await member(pmClient), project.id, gate, '');
		await sign(db, leadClient, project.id, gate, 'approve');
		await sign(db, leadVendor, project.id, gate, 'approve');
		const passed = await passGate(db, actor(pmClient), project.id, phase.id, phase.version);
		expect(passed.status).toBe('passed');
		const signedHash = (await signableContent(db, project.id, 'gate', phase.id)).hash;
		const view = await loadSignoffs(db, project.id, gate, null);
		expect(view.signatures.map((s) => [s.contentHash, s.status])).toEqual([
			[signedHash, 'valid'],
			[signedHash, 'valid']
		]);
		const audit = await auditActions(db);
		expect(audit.filter((a) => a.action === 'gate.waive').length).toBeGreaterThan(1);
		expect(audit.find((a) => a.action === 'gate.pass')?.detail).toMatchObject({
			contentHash: signedHash,
			waivers: (await listGateWaivers(db, project.id, phase.id)).map((w) => w.id)
		});
		await expectDomainError(
			withdrawGateWaiver(db, actor(pmClient), project.id, phase.id, stored.id),
			'conflict',
			'gate.alreadyPassed'
		);
		expect((await verifyIntegrity(db, project.id)).problems).toEqual([]);
	});

	it('voids the signatures when a signed waiver is withdrawn, and checks the work again at passing', async () => {
		const { db, project, pmClient, leadClient, leadVendor, member, phase, gate } = await claimedGate();
		await waiveOpenExceptions(db, pmClient, project.id, phase.id);
		await submitForReview(db, actor(pmClient), await member(pmClient), project.id, gate, '');
		await sign(db, leadClient, project.id, gate, 'approve');
		await sign(db, leadVendor, project.id, gate, 'approve');
		expect((await loadSignoffs(db, project.id, gate, null)).approved).toBe(true);

		const [first] = await listGateWaivers(db, project.id, phase.id);
		await withdrawGateWaiver(db, actor(pmClient), project.id, phase.id, first.id);
		let view = await loadSignoffs(db, project.id, gate, null);
		expect([view.approved, view.state, view.signatures.map((s) => s.status)]).toEqual([
			false,
			'inReview',
			['superseded', 'superseded']
		]);
		await expectDomainError(
			passGate(db, actor(pmClient), project.id, phase.id, phase.version),
			'conflict',
			'gateEval.blocked'
		);

		// Waived again and signed again; then work is added to the phase after signing: passing looks again.
		await waiveOpenExceptions(db, pmClient, project.id, phase.id, '第二次评审会同意');
		await sign(db, leadClient, project.id, gate, 'approve');
		await sign(db, leadVendor, project.id, gate, 'approve');
		view = await loadSignoffs(db, project.id, gate, null);
		expect(view.approved).toBe(true);
		await createTask(db, actor(pmClient), project.id, {
			phaseId: phase.id,
			name: '补充访谈',
			ownerSide: 'client',
			description: '',
			start: '2026-03-02',
			durationDays: 1,
			isMilestone: false,
			assigneeIds: []
		});
		await expectDomainError(
			passGate(db, actor(pmClient), project.id, phase.id, phase.version),
			'conflict',
			'gateEval.blocked'
		);
	});
});
