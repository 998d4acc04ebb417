import type { Kysely } from 'kysely';
import { evaluateRaci, hasErrors } from '../../../raci/rules';
import { approvalOf } from '../../../signoff/state';
import type { SignableRef } from '../../../signoff/types';
import type { Member } from '../../../raci/member';
import type { RoleId } from '../../../raci/roles';
import type { Side } from '../../../raci/sides';
import type { Database } from '../../db/schema';
import { DomainError } from '../../errors';
import { newId, nowIso } from '../../ids';
import { recordAudit, type Actor } from '../audit';
import { assertGateReady } from '../gate-evaluation';
import { getPhase } from '../../repo/phases';
import { listSlots, signerCandidates } from '../../repo/signoff-slots';
import { unfillableSlots } from '../../../signoff/fillable';
import { slotLabel } from '../../../signoff/labels';
import { formatList, type Locale } from '../../../i18n';
import { markAwaitingAcceptance, taskStatusOf } from '../../repo/task-acceptance';
import { loadRaciMatrix } from '../../repo/raci';
import { insertRaciBaseline } from '../raci-baselines';
import { signableContent } from './content';
import { followReview } from '../change/status';
import { loadRegisterItem } from '../../repo/register-items';
import { loadRequirement } from '../../repo/requirements';
import { needsScopeSignoff } from '../../../design/rules';
import { notifySlotHolders } from './notify';
import {
	insertRound,
	latestRound,
	lockLatestRound,
	objectSignatures,
	reviewDueDate,
	roundObjects,
	supersede,
	updateRound
} from '../../repo/review-rounds';
import type { Conn } from '../../db';

/** What must hold before an object can be put in front of the other side. */
async function assertSubmittable(
	trx: Conn,
	projectId: string,
	ref: SignableRef,
	content: { content: unknown }
) {
	if (ref.type === 'deliverable' && !(content.content as { version: unknown }).version)
		throw new DomainError('conflict', 'signoff.noVersion');
	if (ref.type === 'task' && (await taskStatusOf(trx, ref.id)) === 'done')
		throw new DomainError('conflict', 'signoff.taskAlreadyDone');
	if (ref.type === 'gate') {
		if ((await getPhase(trx, projectId, ref.id)).status === 'passed')
			throw new DomainError('conflict', 'phases.alreadyPassed');
		await assertGateReady(trx, projectId, ref.id);
	}
	if (ref.type === 'change') {
		// A withdrawn or applied change is settled; only a draft, or one rejected and revised, goes up for review.
		const status = (await loadRegisterItem(trx, projectId, ref.id))?.status;
		if (status !== 'draft' && status !== 'rejected' && status !== 'inReview' && status !== 'approved')
			throw new DomainError('conflict', 'change.error.notSubmittable');
	}
	if (ref.type === 'requirement') {
		// Only a scope decision goes to both leads: a client requirement the vendor marks 不实施.
		const r = await loadRequirement(trx, projectId, ref.id);
		if (r && !needsScopeSignoff(r.fit, r.requestedBySide))
			throw new DomainError('conflict', 'req.error.noSignoffNeeded');
	}
	if (ref.type === 'testDataWaiver' && !String((content.content as { reason?: unknown }).reason ?? '').trim())
		// Nobody signs a waiver that does not say why simulated data is acceptable.
		throw new DomainError('conflict', 'treport.error.noWaiverReason');
	if (ref.type === 'raciBaseline') {
		const { matrix } = await loadRaciMatrix(trx, projectId);
		const errors = evaluateRaci(matrix).filter((i) => i.severity === 'error');
		if (hasErrors(errors))
			throw new DomainError('conflict', 'raci.baselineHasErrors', { params: { count: errors.length } });
	}
}

/**
 * A round only opens when every slot has someone who could fill it (one person per slot): otherwise nobody
 * could ever approve it and the submitter would wait for a signature that cannot come.
 */
async function assertSignable(
	trx: Conn,
	projectId: string,
	slots: readonly { id: string; side: Side; role: RoleId }[]
) {
	const empty = unfillableSlots(slots, await signerCandidates(trx, projectId));
	if (!empty.length) return;
	throw new DomainError('conflict', 'reviewer.slotsUnsignable', {
		params: {
			count: empty.length,
			slots: slotNames(empty, 'zh-CN'),
			// Language-neutral, so a boundary can name the slots in its caller's language (inLocale below).
			slotKeys: empty.map((s) => `${s.side}:${s.role}`).join(',')
		}
	});
}

const slotNames = (slots: readonly { side: Side; role: RoleId }[], locale: Locale) =>
	formatList(
		locale,
		slots.map((s) => slotLabel(s, locale))
	);

/** A refusal from submitting, with the slots it names in the caller's language; anything else unchanged. */
export function inLocale(e: unknown, locale: Locale): unknown {
	if (!(e instanceof DomainError) || e.messageKey !== 'reviewer.slotsUnsignable') return e;
	const slots = String(e.options.params?.slotKeys ?? '')
		.split(',')
		.filter(Boolean)
		.map((k) => {
			const [side, role] = k.split(':');
			return { side: side as Side, role: role as RoleId };
		});
	return new DomainError(e.code, e.messageKey, {
		params: { ...e.options.params, slots: slotNames(slots, locale) }
	});
}

/**
 * Puts an object in front of its signers: a new round over the content as it is now, due N working days
 * from today. Signatures of an earlier round are superseded by the resubmission.
 */
export async function submitForReview(
	db: Kysely<Database>,
	actor: Actor,
	member: Member,
	projectId: string,
	ref: SignableRef,
	note: string
) {
	return db.transaction().execute((trx) => submitInTransaction(trx, actor, member, projectId, ref, note));
}

/** The submission itself, inside a caller's transaction (a task marked finished goes up for acceptance this way). */
export async function submitInTransaction(
	trx: Conn,
	actor: Actor,
	member: Member,
	projectId: string,
	ref: SignableRef,
	note: string
) {
	{
		const content = await signableContent(trx, projectId, ref.type, ref.id);
		await assertSubmittable(trx, projectId, ref, content);
		const last = await latestRound(trx, projectId, ref.type, ref.id);
		const signatures = last ? await objectSignatures(trx, projectId, ref.type, ref.id) : [];
		if (last?.status === 'open') throw new DomainError('conflict', 'signoff.alreadyInReview');
		if (last && approvalOf(last, signatures, content.hash).approved)
			throw new DomainError('conflict', 'signoff.alreadyApproved');
		if (last)
			await supersede(
				trx,
				projectId,
				signatures.filter((s) => s.supersededAt === null && s.roundId === last.id).map((s) => s.id),
				'resubmitted',
				content.hash,
				actor.userId
			);
		const slots = (await listSlots(trx, projectId, ref.type)).map(({ id, side, role }) => ({
			id,
			side,
			role
		}));
		await assertSignable(trx, projectId, slots);
		const round = {
			id: newId(),
			project_id: projectId,
			object_type: ref.type,
			object_id: ref.id,
			number: (last?.number ?? 0) + 1,
			revision: 0,
			status: 'open' as const,
			content_hash: content.hash,
			slots: JSON.stringify(slots),
			submitted_by: actor.userId,
			submitter_name: member.name,
			submitter_side: member.side,
			submitted_at: nowIso(),
			due_date: await reviewDueDate(trx, projectId),
			note
		};
		// The RACI matrix goes out together with a numbered baseline, so the signed letters can be looked up later.
		if (ref.type === 'raciBaseline')
			round.note = round.note || `V${(await insertRaciBaseline(trx, actor, projectId, '')).number}`;
		await insertRound(trx, round);
		if (ref.type === 'task') await markAwaitingAcceptance(trx, ref.id, round.submitted_at);
		if (ref.type === 'change') await followReview(trx, actor, projectId, ref.id, 'inReview');
		await recordAudit(trx, actor, {
			action: 'review.submit',
			objectType: ref.type,
			objectId: ref.id,
			projectId,
			detail: {
				roundId: round.id,
				number: round.number,
				contentHash: content.hash,
				dueDate: round.due_date,
				note
			}
		});
		await notifySlotHolders(trx, projectId, actor.userId, {
			kind: 'submitted',
			ref,
			roundId: round.id,
			slots,
			detail: { title: content.title, dueDate: round.due_date }
		});
		return round;
	}
}

/**
 * The change hook every write to signable content calls inside its own transaction: signatures over the old
 * content are superseded (kept, never deleted) and an object that was in review or approved goes back into
 * review over its new content. A rejected object waits for its submitter to resubmit.
 */
export async function refreshReviews(
	trx: Conn,
	actor: Actor,
	projectId: string,
	refs: readonly SignableRef[],
	reason: string
): Promise<void> {
	for (const ref of refs) {
		const round = await lockLatestRound(trx, projectId, ref.type, ref.id);
		if (!round) continue;
		const content = await signableContent(trx, projectId, ref.type, ref.id).catch(() => null);
		if (!content || content.hash === round.contentHash) continue;
		const signatures = await objectSignatures(trx, projectId, ref.type, ref.id);
		const voided = signatures.filter((s) => s.supersededAt === null && s.contentHash !== content.hash);
		await supersede(
			trx,
			projectId,
			voided.map((s) => s.id),
			reason,
			content.hash,
			actor.userId
		);
		if (round.status === 'rejected') continue;
		// Still in review and nobody has signed this revision: the reviewers simply see the newer content. Only
		// voiding a signature reopens the round, so a burst of edits (RACI cells) is one event, not one per keystroke.
		if (round.status === 'open' && !voided.some((s) => s.roundId === round.id)) {
			await updateRound(trx, round.id, { content_hash: content.hash, version: round.version + 1 });
			continue;
		}
		const dueDate = await reviewDueDate(trx, projectId);
		await updateRound(trx, round.id, {
			content_hash: content.hash,
			revision: round.revision + 1,
			status: 'open',
			due_date: dueDate,
			version: round.version + 1
		});
		if (ref.type === 'task' && round.status === 'approved')
			await markAwaitingAcceptance(trx, ref.id, nowIso());
		if (ref.type === 'change') await followReview(trx, actor, projectId, ref.id, 'inReview');
		await recordAudit(trx, actor, {
			action: 'review.reopen',
			objectType: ref.type,
			objectId: ref.id,
			projectId,
			detail: {
				roundId: round.id,
				reason,
				from: round.contentHash,
				to: content.hash,
				superseded: voided.map((s) => s.id)
			}
		});
		await notifySlotHolders(trx, projectId, actor.userId, {
			kind: 'voided',
			ref,
			roundId: round.id,
			slots: round.slots,
			detail: { title: content.title, dueDate }
		});
	}
}

/** Every gate of the project whose checklist may cite a changed deliverable or task. */
export async function gateRefs(db: Conn, projectId: string): Promise<SignableRef[]> {
	return roundObjects(db, projectId, ['gate', 'cutover']);
}
