import { canManage } from '../../raci/roles';
import { createRegisterItemSchema } from '../../schemas/register';
import type { UpdateDefectInput } from '../../schemas/defects';
import { isReopen, moveRefusal, type MoveRefusal } from '../../testing/defect-moves';
import type { DefectView } from '../../testing/defects';
import { passingRetest } from '../../testing/rules';
import { SETTLED_DEFECT_STATUSES, type DefectStatus } from '../../testing/types';
import type { Updateable } from 'kysely';
import type { Conn } from '../db';
import type { DefectTable } from '../db/tables/testing';
import { DomainError, notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { passingRunsSince } from '../repo/defect-refs';
import {
	decisionRef,
	insertDefectEvent,
	lastEventAt,
	lastToRetestActor,
	loadDefectRow,
	updateDefectRow,
	type DefectRowDetail
} from '../repo/defects';
import { recordAudit, type Actor } from './audit';
import { actingMember, checkCustomisation, checkOwner, deferralTitle, getDefect } from './defects';
import { createRegisterItem } from './register';
import { inTransaction } from './transaction';

// Editing a defect and moving it along its workflow (src/lib/testing/rules.ts DEFECT_TRANSITIONS): every move
// is checked for who may make it and what it needs, and leaves an event in the defect's history.

type Key = ConstructorParameters<typeof DomainError>[1];
const invalid = (field: string, key: Key) => new DomainError('validation_failed', key, { field });

const EDITABLE = [
	'title',
	'description',
	'severity',
	'priority',
	'ownerSide',
	'ownerMemberId',
	'customisationId'
] as const;

const REFUSAL: Record<MoveRefusal, Key> = {
	transition: 'defect.error.transition',
	ownerSide: 'defect.error.ownerSideOnly',
	otherSide: 'defect.error.otherSideOnly',
	sameCloser: 'defect.error.sameCloser',
	managersOnly: 'defect.error.managersOnly'
};

/** What a move to `to` writes beside the status, after checking what it needs. */
async function moveValues(
	trx: Conn,
	actor: Actor,
	projectId: string,
	before: DefectRowDetail,
	to: DefectStatus,
	input: UpdateDefectInput,
	now: string,
	deciderName: string
): Promise<{ values: Updateable<DefectTable>; note: string }> {
	const values: Updateable<DefectTable> = { status: to };
	let note = input.note;
	if (isReopen(before.status, to)) {
		values.settled_at = null;
		values.retest_run_id = null;
	}
	if (SETTLED_DEFECT_STATUSES.includes(to)) values.settled_at = now;
	if (to === 'toRetest') {
		if (!input.resolution.trim()) throw invalid('resolution', 'defect.error.resolutionRequired');
		values.resolution = input.resolution;
		values.to_retest_at = now;
		note = note || input.resolution;
	}
	if (to === 'closed') {
		const runs = before.toRetestAt
			? await passingRunsSince(trx, projectId, before.caseId, before.toRetestAt)
			: [];
		const retest = passingRetest({ caseId: before.caseId, toRetestAt: before.toRetestAt }, runs);
		if (!retest) throw invalid('status', 'defect.error.noPassingRetest');
		values.retest_run_id = retest.id;
	}
	if (to === 'rejected') {
		if (!input.rejectReason.trim()) throw invalid('rejectReason', 'defect.error.rejectReasonRequired');
		values.reject_reason = input.rejectReason;
		note = note || input.rejectReason;
	}
	if (to === 'deferred') {
		values.deferral_item_id = await deferralDecision(trx, actor, projectId, before, input, deciderName);
		note = note || input.deferralReason;
	}
	return { values, note };
}

/** 延期 needs a register decision: an existing one of this project, or one raised now from the defect. */
async function deferralDecision(
	trx: Conn,
	actor: Actor,
	projectId: string,
	before: DefectRowDetail,
	input: UpdateDefectInput,
	deciderName: string
): Promise<string> {
	if (input.deferralItemId) {
		const item = await decisionRef(trx, projectId, input.deferralItemId);
		if (!item || item.type !== 'decision') throw notFound();
		return item.id;
	}
	if (!input.createDecision) throw invalid('deferralItemId', 'defect.error.decisionRequired');
	if (!input.deferralReason.trim()) throw invalid('deferralReason', 'defect.error.deferralReasonRequired');
	const item = await createRegisterItem(
		trx,
		actor,
		projectId,
		createRegisterItemSchema.parse({
			type: 'decision',
			title: deferralTitle(before.code),
			description: input.deferralReason,
			decision: input.deferralReason,
			decidedBy: deciderName,
			ownerSide: before.ownerSide
		}),
		// The manager who defers the defect makes the decision there and then.
		{ origin: 'defect', originRef: before.id, status: 'decided' }
	);
	return item.id;
}

/**
 * Saves an edit over the version the editor saw, and makes the status move it names (if any) in the same
 * transaction: a refused move writes nothing, the edit included.
 */
export async function updateDefect(
	db: Conn,
	actor: Actor,
	projectId: string,
	id: string,
	input: UpdateDefectInput
): Promise<DefectView> {
	await inTransaction(db, async (trx) => {
		const before = await loadDefectRow(trx, projectId, id);
		if (!before) throw notFound();
		const conflict = async () =>
			new DomainError('conflict', 'error.versionConflict', { current: await getDefect(trx, projectId, id) });
		if (before.version !== input.version) throw await conflict();
		const member = await actingMember(trx, projectId, actor);
		const ownerSide = input.ownerSide ?? before.ownerSide;
		const sideChanged = ownerSide !== before.ownerSide;
		// A new owner side drops the old side's person unless the edit names one of the new side.
		const ownerMemberId =
			input.ownerMemberId !== undefined ? input.ownerMemberId : sideChanged ? null : before.ownerMemberId;
		await checkOwner(trx, projectId, ownerSide, ownerMemberId);
		if (input.customisationId !== undefined) await checkCustomisation(trx, projectId, input.customisationId);
		const now = nowIso();
		const to = input.status && input.status !== before.status ? input.status : null;
		let move: { values: Updateable<DefectTable>; note: string } | null = null;
		if (to) {
			const refusal = moveRefusal(
				{ userId: actor.userId, side: member.side, manages: canManage(member.roles) },
				{
					status: before.status,
					ownerSide: before.ownerSide,
					toRetestBy: to === 'closed' ? await lastToRetestActor(trx, id) : null
				},
				to
			);
			if (refusal)
				throw new DomainError(
					refusal === 'transition' ? 'validation_failed' : 'forbidden',
					REFUSAL[refusal],
					{
						field: 'status'
					}
				);
			move = await moveValues(trx, actor, projectId, before, to, input, now, member.name);
		}
		const written = await updateDefectRow(trx, projectId, id, before.version, {
			title: input.title ?? before.title,
			description: input.description ?? before.description,
			severity: input.severity ?? before.severity,
			priority: input.priority ?? before.priority,
			owner_side: ownerSide,
			owner_member_id: ownerMemberId,
			customisation_id: input.customisationId !== undefined ? input.customisationId : before.customisationId,
			...move?.values,
			updated_at: now
		});
		if (!written) throw await conflict();
		if (to && move) {
			const last = await lastEventAt(trx, id);
			// Stamped after the previous event, so the history keeps its order even within one millisecond.
			const at = last && last >= now ? new Date(Date.parse(last) + 1).toISOString() : now;
			await insertDefectEvent(trx, {
				id: newId(),
				project_id: projectId,
				defect_id: id,
				from_status: before.status,
				to_status: to,
				note: move.note,
				actor_id: actor.userId,
				actor_name: member.name,
				at
			});
		}
		await recordAudit(trx, actor, {
			action: to ? 'defect.move' : 'defect.update',
			objectType: 'defect',
			objectId: id,
			projectId,
			detail: {
				code: before.code,
				changed: EDITABLE.filter((k) => input[k] !== undefined),
				from: before.status,
				to: to ?? before.status,
				version: before.version + 1
			}
		});
	});
	return getDefect(db, projectId, id);
}
