import { describe, expect, it } from 'vitest';
import { addMember, removeMember, updateMember } from '../../src/lib/server/services/members';
import { decideSideRequest, requestSideChange } from '../../src/lib/server/services/sides';
import { listPendingSideRequests } from '../../src/lib/server/repo/side-requests';
import { addSlot, removeSlot } from '../../src/lib/server/services/signoff/slots';
import { listSlots } from '../../src/lib/server/repo/signoff-slots';
import { getTask, listTasks } from '../../src/lib/server/repo/tasks';
import { updateTask } from '../../src/lib/server/services/plan/tasks';
import { submitForReview } from '../../src/lib/server/services/signoff/review';
import { loadSignoffs } from '../../src/lib/server/services/signoff/view';
import { DIALECTS, useDatabase } from './dialects';
import { actor, counts, expectDomainError } from './fixtures';
import { sign, signoffProject, upload } from './signoff-fixtures';

describe.each(DIALECTS)('one person, one side, one slot on %s', (dialect) => {
	const handle = useDatabase(dialect);

	async function setup() {
		return { db: handle.db, ...(await signoffProject(handle.db)) };
	}

	it('lets nobody change their own side or roles, writing nothing', async () => {
		const { db, project, pmClient, pmVendor, member } = await setup();
		const me = await member(pmClient);
		const before = await counts(db);
		await expectDomainError(
			updateMember(db, actor(pmClient), project.id, me.id, {
				version: me.version,
				side: 'vendor',
				roles: ['projectManager']
			}),
			'forbidden',
			'members.notSelf'
		);
		await expectDomainError(
			updateMember(db, actor(pmClient), project.id, me.id, {
				version: me.version,
				side: 'client',
				roles: ['projectManager', 'lead']
			}),
			'forbidden',
			'members.notSelf'
		);
		await expectDomainError(
			requestSideChange(db, actor(pmClient), project.id, me.id, 'vendor'),
			'forbidden',
			'members.notSelf'
		);
		expect(await counts(db)).toEqual(before);
		// Another manager may.
		const updated = await updateMember(db, actor(pmVendor), project.id, me.id, {
			version: me.version,
			side: 'client',
			roles: ['projectManager', 'lead']
		});
		expect([...updated.roles].sort()).toEqual(['lead', 'projectManager']);
	});

	it('fixes the side of a member who has signed: a change needs a PM or lead of the other side', async () => {
		const { db, project, pmClient, pmVendor, leadClient, leadVendor, keyUser, member, deliverable } =
			await setup();
		const ref = { type: 'deliverable' as const, id: deliverable.id };
		await upload(db, pmVendor, project.id, deliverable.id, 'v1');
		await submitForReview(db, actor(pmVendor), await member(pmVendor), project.id, ref, '');
		await sign(db, leadClient, project.id, ref, 'approve');

		// Before signing a side may change directly; after, not even the client's own PM can move the client lead.
		const key = await member(keyUser);
		expect(
			(
				await updateMember(db, actor(pmClient), project.id, key.id, {
					version: key.version,
					side: 'consultant',
					roles: ['keyUser']
				})
			).side
		).toBe('consultant');
		const lead = await member(leadClient);
		const fixed = await expectDomainError(
			updateMember(db, actor(pmClient), project.id, lead.id, {
				version: lead.version,
				side: 'vendor',
				roles: ['lead']
			}),
			'conflict',
			'members.sideFixed'
		);
		expect(fixed.options.field).toBe('side');
		// Roles of a signer may still change (side unchanged).
		await updateMember(db, actor(pmClient), project.id, lead.id, {
			version: lead.version,
			side: 'client',
			roles: ['lead', 'steeringMember']
		});

		const request = await requestSideChange(db, actor(pmClient), project.id, lead.id, 'vendor');
		expect(request).toMatchObject({
			status: 'pending',
			fromSide: 'client',
			toSide: 'vendor',
			requesterSide: 'client',
			approverSides: ['vendor']
		});
		await expectDomainError(
			requestSideChange(db, actor(pmClient), project.id, lead.id, 'consultant'),
			'conflict',
			'sideRequests.pendingExists'
		);
		// The vendor PM and lead are told; the requester's own side cannot approve, nor can the member moved.
		const notified = await db
			.selectFrom('notifications')
			.select('user_id')
			.where('kind', '=', 'sideRequest')
			.execute();
		expect(notified.map((n) => n.user_id).sort()).toEqual([pmVendor, leadVendor].sort());
		const before = await counts(db);
		await expectDomainError(
			decideSideRequest(db, actor(pmClient), project.id, request.id, 'approve'),
			'forbidden',
			'sideRequests.needs.vendor'
		);
		await expectDomainError(
			decideSideRequest(db, actor(leadClient), project.id, request.id, 'approve'),
			'forbidden',
			'sideRequests.needs.vendor'
		);
		await expectDomainError(
			decideSideRequest(db, actor(keyUser), project.id, request.id, 'approve'),
			'forbidden',
			'sideRequests.needs.vendor'
		);
		await expectDomainError(
			decideSideRequest(db, actor(pmVendor), project.id, request.id, 'withdraw'),
			'forbidden',
			'sideRequests.requesterOnly'
		);
		expect(await counts(db)).toEqual(before);
		expect((await member(leadClient)).side).toBe('client');

		const approved = await decideSideRequest(db, actor(leadVendor), project.id, request.id, 'approve');
		expect(approved.status).toBe('approved');
		expect((await member(leadClient)).side).toBe('vendor');
		expect(await listPendingSideRequests(db, project.id)).toEqual([]);
		await expectDomainError(
			decideSideRequest(db, actor(pmVendor), project.id, request.id, 'decline'),
			'conflict',
			'sideRequests.notPending'
		);
		const audit = await db
			.selectFrom('audit_log')
			.select('action')
			.where('action', 'like', 'member.side%')
			.orderBy('seq')
			.execute();
		expect(audit.map((a) => a.action)).toEqual(['member.sideRequest', 'member.sideApprove']);
	});

	it('lets no signer leave and rejoin on the other side', async () => {
		const { db, project, pmClient, pmVendor, leadClient, member, deliverable } = await setup();
		const ref = { type: 'deliverable' as const, id: deliverable.id };
		await upload(db, pmVendor, project.id, deliverable.id, 'v1');
		await submitForReview(db, actor(pmVendor), await member(pmVendor), project.id, ref, '');
		await sign(db, leadClient, project.id, ref, 'approve');
		await removeMember(db, actor(pmClient), project.id, (await member(leadClient)).id);
		const before = await counts(db);
		const e = await expectDomainError(
			addMember(db, actor(pmClient), project.id, {
				email: 'lead.client@example.com',
				side: 'vendor',
				roles: ['lead']
			}),
			'conflict',
			'members.sideFixedRejoin'
		);
		expect([e.options.field, e.options.params]).toEqual(['side', { name: '陈静' }]);
		expect(await counts(db)).toEqual(before);
		expect(
			(
				await addMember(db, actor(pmClient), project.id, {
					email: 'lead.client@example.com',
					side: 'client',
					roles: ['lead']
				})
			).side
		).toBe('client');
	});

	it('lets the requester withdraw and the other side decline, changing no side', async () => {
		const { db, project, pmClient, pmVendor, leadClient, member, deliverable } = await setup();
		const ref = { type: 'deliverable' as const, id: deliverable.id };
		await upload(db, pmVendor, project.id, deliverable.id, 'v1');
		await submitForReview(db, actor(pmVendor), await member(pmVendor), project.id, ref, '');
		await sign(db, leadClient, project.id, ref, 'approve');
		const lead = await member(leadClient);
		const first = await requestSideChange(db, actor(pmClient), project.id, lead.id, 'vendor');
		expect((await decideSideRequest(db, actor(pmClient), project.id, first.id, 'withdraw')).status).toBe(
			'withdrawn'
		);
		const second = await requestSideChange(db, actor(pmClient), project.id, lead.id, 'vendor');
		expect((await decideSideRequest(db, actor(pmVendor), project.id, second.id, 'decline')).status).toBe(
			'declined'
		);
		expect((await member(leadClient)).side).toBe('client');
	});

	it("refuses another side's slot and records the signer's side as it is at signing time", async () => {
		const { db, project, pmVendor, leadClient, leadVendor, member, deliverable } = await setup();
		const ref = { type: 'deliverable' as const, id: deliverable.id };
		await upload(db, pmVendor, project.id, deliverable.id, 'v1');
		await submitForReview(db, actor(pmVendor), await member(pmVendor), project.id, ref, '');
		const vendorSlot = (await loadSignoffs(db, project.id, ref, null)).slots.find(
			(s) => s.side === 'vendor'
		)!;
		await expectDomainError(
			sign(db, leadClient, project.id, ref, 'approve', { slotId: vendorSlot.id }),
			'forbidden',
			'signoff.slotNotYours'
		);
		const { signature } = await sign(db, leadVendor, project.id, ref, 'approve');
		expect([signature.signerSide, signature.slotId]).toEqual(['vendor', vendorSlot.id]);
	});

	it('never lets one person fill two slots of one round, even on their own side', async () => {
		const { db, project, pmClient, pmVendor, leadClient, leadVendor, keyUser, member, deliverable } =
			await setup();
		await addSlot(db, actor(pmClient), project.id, {
			objectType: 'deliverable',
			side: 'client',
			role: 'sponsor'
		});
		const lead = await member(leadClient);
		await updateMember(db, actor(pmClient), project.id, lead.id, {
			version: lead.version,
			side: 'client',
			roles: ['lead', 'sponsor']
		});
		// A second sponsor, so the round can be submitted (a slot nobody else can fill is refused at submit).
		const key = await member(keyUser);
		await updateMember(db, actor(pmClient), project.id, key.id, {
			version: key.version,
			side: 'client',
			roles: [...key.roles, 'sponsor']
		});
		const ref = { type: 'deliverable' as const, id: deliverable.id };
		await upload(db, pmVendor, project.id, deliverable.id, 'v1');
		await submitForReview(db, actor(pmVendor), await member(pmVendor), project.id, ref, '');
		await sign(db, leadClient, project.id, ref, 'approve');
		const sponsorSlot = (await loadSignoffs(db, project.id, ref, null)).slots.find(
			(s) => s.role === 'sponsor'
		)!;
		const before = await counts(db);
		await expectDomainError(
			sign(db, leadClient, project.id, ref, 'approve', { slotId: sponsorSlot.id }),
			'forbidden',
			'signoff.oneSlotPerPerson'
		);
		await expectDomainError(
			sign(db, leadClient, project.id, ref, 'approve'),
			'forbidden',
			'signoff.oneSlotPerPerson'
		);
		expect(await counts(db)).toEqual(before);
		await sign(db, leadVendor, project.id, ref, 'approve');
		expect((await loadSignoffs(db, project.id, ref, null)).approved).toBe(false);
	});

	it('changes slots only between reviews, only on its own side, and tells every PM', async () => {
		const { db, project, pmClient, pmVendor, leadClient, leadVendor, member, deliverable } = await setup();
		const ref = { type: 'deliverable' as const, id: deliverable.id };
		const slots = await listSlots(db, project.id, 'deliverable');
		const vendorSlot = slots.find((s) => s.side === 'vendor')!;
		const clientSlot = slots.find((s) => s.side === 'client')!;
		// The other side's slot is theirs to give up, in review or not.
		await expectDomainError(
			removeSlot(db, actor(pmClient), project.id, vendorSlot.id),
			'forbidden',
			'signoff.slotOtherSide'
		);
		await upload(db, pmVendor, project.id, deliverable.id, 'v1');
		await submitForReview(db, actor(pmVendor), await member(pmVendor), project.id, ref, '');
		const before = await counts(db);
		const locked = await expectDomainError(
			removeSlot(db, actor(pmVendor), project.id, vendorSlot.id),
			'conflict',
			'signoff.slotsLockedInReview'
		);
		expect(locked.options.params).toEqual({ count: 1 });
		await expectDomainError(
			addSlot(db, actor(pmClient), project.id, {
				objectType: 'deliverable',
				side: 'client',
				role: 'sponsor'
			}),
			'conflict',
			'signoff.slotsLockedInReview'
		);
		expect(await counts(db)).toEqual(before);
		expect((await loadSignoffs(db, project.id, ref, null)).slots.map((s) => s.id).sort()).toEqual(
			[clientSlot.id, vendorSlot.id].sort()
		);
		// Other types are not in review: their slots may change, and both PMs hear of it.
		await addSlot(db, actor(pmClient), project.id, { objectType: 'gate', side: 'client', role: 'sponsor' });
		const told = await db
			.selectFrom('notifications')
			.select(['user_id', 'detail'])
			.where('kind', '=', 'slotsChanged')
			.execute();
		expect(told.map((n) => n.user_id)).toEqual([pmVendor]);
		expect(JSON.parse(told[0].detail)).toMatchObject({
			change: 'added',
			objectType: 'gate',
			side: 'client',
			role: 'sponsor',
			actor: '王敏'
		});
		// Once the review ends the vendor PM may drop the vendor slot, for the next submission.
		await sign(db, leadClient, project.id, ref, 'approve');
		await sign(db, leadVendor, project.id, ref, 'approve');
		await removeSlot(db, actor(pmVendor), project.id, vendorSlot.id);
		expect((await listSlots(db, project.id, 'deliverable')).map((s) => s.side)).toEqual(['client']);
		expect((await loadSignoffs(db, project.id, ref, null)).approved).toBe(true);
	});

	it('puts a task a member marks 已完成 up for acceptance instead; only sign-off completes it', async () => {
		const { db, project, pmClient, keyUser, leadClient, leadVendor } = await setup();
		const leaf = (await listTasks(db, project.id)).find((t) => !t.hasChildren)!;
		let task = await updateTask(db, actor(keyUser), project.id, leaf.id, {
			version: leaf.version,
			progress: 100
		});
		expect([task.status, task.progress]).toEqual([leaf.status, 100]);
		task = await updateTask(db, actor(keyUser), project.id, leaf.id, {
			version: task.version,
			status: 'done'
		});
		expect(task.status).toBe('awaitingAcceptance');
		const ref = { type: 'task' as const, id: leaf.id };
		const view = await loadSignoffs(db, project.id, ref, null);
		expect([view.state, view.round?.submittedBy]).toEqual(['inReview', keyUser]);
		// The leads are asked; a second try is refused while the acceptance is open.
		const asked = await db
			.selectFrom('notifications')
			.select('user_id')
			.where('kind', '=', 'submitted')
			.where('object_id', '=', leaf.id)
			.execute();
		expect(asked.map((n) => n.user_id).sort()).toEqual([leadClient, leadVendor].sort());
		await expectDomainError(
			updateTask(db, actor(pmClient), project.id, leaf.id, { version: task.version, status: 'done' }),
			'conflict',
			'signoff.acceptanceRequired'
		);
		await sign(db, leadClient, project.id, ref, 'approve');
		expect((await getTask(db, project.id, leaf.id)).status).toBe('awaitingAcceptance');
		await sign(db, leadVendor, project.id, ref, 'approve');
		expect((await getTask(db, project.id, leaf.id)).status).toBe('done');
	});
});
