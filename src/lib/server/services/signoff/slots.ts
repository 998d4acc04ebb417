import type { Kysely } from 'kysely';
import { isRoleId, type RoleId } from '../../../raci/roles';
import type { Side } from '../../../raci/sides';
import type { SignableType } from '../../../signoff/types';
import type { Conn } from '../../db';
import type { Database } from '../../db/schema';
import { DomainError } from '../../errors';
import { recordAudit, type Actor } from '../audit';
import { findMembership, listMembers } from '../../repo/members';
import { countOpenRounds, setOpenRoundSlots } from '../../repo/review-rounds';
import {
	deleteSlot,
	insertSlot,
	listSlots,
	reviewDaysOf,
	setReviewDays,
	type SlotView
} from '../../repo/signoff-slots';
import { notifyUsers } from './notify';

/** Open rounds of the type follow the new slot set; decided rounds keep the slots they were decided under. */
async function refreshOpenRounds(trx: Conn, projectId: string, type: SignableType) {
	const slots = (await listSlots(trx, projectId, type)).map(({ id, side, role }) => ({ id, side, role }));
	await setOpenRoundSlots(trx, projectId, type, slots);
}

/**
 * Slots change only between reviews: a round in progress keeps the signers it was submitted to, so nobody can
 * drop the other side's slot from under a review. A change therefore applies from the next submission on.
 */
async function assertNoneInReview(trx: Conn, projectId: string, type: SignableType) {
	const count = await countOpenRounds(trx, projectId, type);
	if (count > 0) throw new DomainError('conflict', 'signoff.slotsLockedInReview', { params: { count } });
}

/** Every project manager, of both sides, hears of a slot change (except the one who made it). */
async function notifyManagers(
	trx: Conn,
	actor: Actor,
	projectId: string,
	detail: { change: 'added' | 'removed'; objectType: SignableType; side: Side; role: RoleId }
) {
	const members = await listMembers(trx, projectId);
	const by = members.find((m) => m.userId === actor.userId)?.name ?? '';
	const to = members.filter((m) => m.userId !== actor.userId && m.roles.includes('projectManager'));
	if (!to.length) return;
	await notifyUsers(
		trx,
		projectId,
		to.map((m) => m.userId),
		{
			kind: 'slotsChanged',
			ref: { type: detail.objectType, id: projectId },
			roundId: null,
			detail: { ...detail, actor: by }
		}
	);
}

export async function addSlot(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	input: { objectType: SignableType; side: Side; role: string }
): Promise<SlotView[]> {
	const role = input.role;
	if (!isRoleId(role)) throw new DomainError('validation_failed', 'signoff.unknownRole', { field: 'role' });
	return db.transaction().execute(async (trx) => {
		await assertNoneInReview(trx, projectId, input.objectType);
		const existing = await listSlots(trx, projectId, input.objectType);
		if (existing.some((s) => s.side === input.side && s.role === input.role))
			throw new DomainError('conflict', 'signoff.slotExists', { field: 'role' });
		const id = await insertSlot(trx, projectId, { ...input, role, orderIndex: existing.length });
		await refreshOpenRounds(trx, projectId, input.objectType);
		await recordAudit(trx, actor, {
			action: 'signoff.slotAdd',
			objectType: 'signoff_slot',
			objectId: id,
			projectId,
			detail: input
		});
		await notifyManagers(trx, actor, projectId, {
			change: 'added',
			objectType: input.objectType,
			side: input.side,
			role
		});
		return listSlots(trx, projectId, input.objectType);
	});
}

/** Removes a slot; the last slot of a type stays, or nothing would ever need a signature. */
export async function removeSlot(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	slotId: string
): Promise<void> {
	await db.transaction().execute(async (trx) => {
		const slot = (await listSlots(trx, projectId)).find((s) => s.id === slotId);
		if (!slot) throw new DomainError('not_found', 'error.notFound');
		// A side's signature requirement is that side's to give up, never the other side's to take away.
		const remover = actor.userId ? await findMembership(trx, projectId, actor.userId) : undefined;
		if (!remover || remover.side !== slot.side) throw new DomainError('forbidden', 'signoff.slotOtherSide');
		await assertNoneInReview(trx, projectId, slot.objectType);
		if ((await listSlots(trx, projectId, slot.objectType)).length <= 1)
			throw new DomainError('conflict', 'signoff.lastSlot');
		await deleteSlot(trx, slotId);
		await refreshOpenRounds(trx, projectId, slot.objectType);
		await recordAudit(trx, actor, {
			action: 'signoff.slotRemove',
			objectType: 'signoff_slot',
			objectId: slotId,
			projectId,
			detail: { objectType: slot.objectType, side: slot.side, role: slot.role }
		});
		await notifyManagers(trx, actor, projectId, {
			change: 'removed',
			objectType: slot.objectType,
			side: slot.side,
			role: slot.role
		});
	});
}

/** The review period N (working days) new submissions are due in; rounds already open keep their date. */
export async function updateReviewDays(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	input: { reviewDays: number; version: number }
): Promise<void> {
	await db.transaction().execute(async (trx) => {
		const current = await reviewDaysOf(trx, projectId);
		if (current.version !== input.version)
			throw new DomainError('conflict', 'error.versionConflict', { current });
		await setReviewDays(trx, projectId, input.reviewDays, input.version);
		await recordAudit(trx, actor, {
			action: 'project.reviewDays',
			objectType: 'project',
			objectId: projectId,
			projectId,
			detail: { from: current.reviewDays, to: input.reviewDays }
		});
	});
}
