import type { Kysely, Transaction } from 'kysely';
import { isRoleId, type RoleId } from '../../raci/roles';
import type { Side } from '../../raci/sides';
import { SIGNABLE_TYPES, type SignableType, type Slot } from '../../signoff/types';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { newId, nowIso } from '../ids';
import { recordAudit, type Actor } from '../services/audit';
import { findMembership, listMembers } from './members';
import type { Conn } from '../db';

export interface SlotView extends Slot {
	objectType: SignableType;
}

/** The default the seeds imply: each side's lead signs for that side. */
export async function insertDefaultSlots(trx: Conn, projectId: string): Promise<void> {
	const now = nowIso();
	const rows = SIGNABLE_TYPES.flatMap((type) =>
		(['client', 'vendor'] as const).map((side, i) => ({
			id: newId(),
			project_id: projectId,
			object_type: type,
			side,
			role: 'lead',
			order_index: i,
			created_at: now
		}))
	);
	await trx.insertInto('signoff_slots').values(rows).execute();
}

export async function listSlots(db: Conn, projectId: string, type?: SignableType): Promise<SlotView[]> {
	let q = db.selectFrom('signoff_slots').selectAll().where('project_id', '=', projectId);
	if (type) q = q.where('object_type', '=', type);
	const rows = await q.orderBy('object_type').orderBy('order_index').execute();
	return rows.map((r) => ({
		id: r.id,
		objectType: r.object_type as SignableType,
		side: r.side as Side,
		role: r.role as RoleId
	}));
}

/** Open rounds of the type follow the new slot set; decided rounds keep the slots they were decided under. */
async function refreshOpenRounds(trx: Transaction<Database>, projectId: string, type: SignableType) {
	const slots = (await listSlots(trx, projectId, type)).map(({ id, side, role }) => ({ id, side, role }));
	await trx
		.updateTable('review_rounds')
		.set({ slots: JSON.stringify(slots) })
		.where('project_id', '=', projectId)
		.where('object_type', '=', type)
		.where('status', '=', 'open')
		.execute();
}

/**
 * Slots change only between reviews: a round in progress keeps the signers it was submitted to, so nobody can
 * drop the other side's slot from under a review. A change therefore applies from the next submission on.
 */
async function assertNoneInReview(trx: Transaction<Database>, projectId: string, type: SignableType) {
	const open = await trx
		.selectFrom('review_rounds')
		.select((eb) => eb.fn.countAll().as('n'))
		.where('project_id', '=', projectId)
		.where('object_type', '=', type)
		.where('status', '=', 'open')
		.executeTakeFirst();
	const count = Number(open?.n ?? 0);
	if (count > 0) throw new DomainError('conflict', 'signoff.slotsLockedInReview', { params: { count } });
}

/** Every project manager, of both sides, hears of a slot change (except the one who made it). */
async function notifyManagers(
	trx: Transaction<Database>,
	actor: Actor,
	projectId: string,
	detail: { change: 'added' | 'removed'; objectType: SignableType; side: Side; role: RoleId }
) {
	const members = await listMembers(trx, projectId);
	const by = members.find((m) => m.userId === actor.userId)?.name ?? '';
	const to = members.filter((m) => m.userId !== actor.userId && m.roles.includes('projectManager'));
	if (!to.length) return;
	const at = nowIso();
	const json = JSON.stringify({ ...detail, actor: by });
	await trx
		.insertInto('notifications')
		.values(
			to.map((m) => ({
				id: newId(),
				user_id: m.userId,
				project_id: projectId,
				kind: 'slotsChanged' as const,
				object_type: detail.objectType,
				object_id: projectId,
				round_id: null,
				detail: json,
				created_at: at,
				read_at: null
			}))
		)
		.execute();
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
		const id = newId();
		await trx
			.insertInto('signoff_slots')
			.values({
				id,
				project_id: projectId,
				object_type: input.objectType,
				side: input.side,
				role: input.role,
				order_index: existing.length,
				created_at: nowIso()
			})
			.execute();
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
		await trx.deleteFrom('signoff_slots').where('id', '=', slotId).execute();
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
		const project = await trx
			.selectFrom('projects')
			.select(['version', 'review_days'])
			.where('id', '=', projectId)
			.executeTakeFirstOrThrow();
		if (Number(project.version) !== input.version)
			throw new DomainError('conflict', 'error.versionConflict', {
				current: { reviewDays: Number(project.review_days), version: Number(project.version) }
			});
		await trx
			.updateTable('projects')
			.set({ review_days: input.reviewDays, version: input.version + 1, updated_at: nowIso() })
			.where('id', '=', projectId)
			.where('version', '=', input.version)
			.execute();
		await recordAudit(trx, actor, {
			action: 'project.reviewDays',
			objectType: 'project',
			objectId: projectId,
			projectId,
			detail: { from: Number(project.review_days), to: input.reviewDays }
		});
	});
}
