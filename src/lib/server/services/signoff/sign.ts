import type { Kysely } from 'kysely';
import { approvalOf, statusAfter } from '../../../signoff/state';
import type { Decision, Meaning, Signature, Slot } from '../../../signoff/types';
import type { Member } from '../../../raci/member';
import type { Database } from '../../db/schema';
import { DomainError } from '../../errors';
import { newId, nowIso } from '../../ids';
import { verifyPassword } from '../../auth/password';
import { reauthFailures as wrongPasswords } from '../../auth/rate-limit';
import { recordAudit, type Actor } from '../audit';
import { findMembership } from '../../repo/members';
import { signableContent } from './content';
import { notifyUsers } from './notify';
import { lockLatestRound, objectSignatures, updateRound } from '../../repo/review-rounds';
import { markAccepted, markRejected } from '../../repo/task-acceptance';
import { findUserById } from '../../repo/users';
import type { Conn } from '../../db';
import { sealSignature } from './seal';
import { followReview } from '../change/status';
import { anchorQuietly } from '../../integrity/anchors';
import { isUniqueViolation } from '../transaction';
import { assertOneSlotPerPerson, insertSignature } from '../../repo/signers';
import type { SignableRef } from '../../../signoff/types';

export interface SignOffInput {
	slotId: string | null;
	decision: Decision;
	meaning: Meaning;
	comment: string;
	password: string;
	/** The hash of the content the signer was shown; anything else is a stale view. */
	contentHash: string;
}

// Re-authentication must not become a password oracle: ten wrong passwords pause signing (and password change)
// for 15 minutes. Keyed by the signed-in user, so only their own session or token can spend it.

function pickSlot(
	slots: readonly { slot: Slot; signature: Signature | null }[],
	member: Member,
	slotId: string | null
): Slot {
	const mine = (s: Slot) => s.side === member.side && member.roles.includes(s.role);
	if (slotId) {
		const chosen = slots.find((s) => s.slot.id === slotId);
		if (!chosen) throw new DomainError('validation_failed', 'signoff.unknownSlot', { field: 'slotId' });
		if (!mine(chosen.slot)) throw new DomainError('forbidden', 'signoff.slotNotYours', { field: 'slotId' });
		if (chosen.signature) throw new DomainError('conflict', 'signoff.slotTaken', { field: 'slotId' });
		return chosen.slot;
	}
	const candidates = slots.filter((s) => mine(s.slot));
	if (!candidates.length) throw new DomainError('forbidden', 'signoff.noSlotForYou');
	const open = candidates.find((s) => !s.signature);
	if (!open) throw new DomainError('conflict', 'signoff.slotTaken');
	return open.slot;
}

async function applyDecision(trx: Conn, ref: SignableRef, status: 'open' | 'rejected' | 'approved') {
	if (ref.type !== 'task' || status === 'open') return;
	// Acceptance is what moves a task from 待验收 to 已完成; a rejection sends it back to work.
	if (status === 'approved') await markAccepted(trx, ref.id, nowIso());
	else await markRejected(trx, ref.id, nowIso());
}

/**
 * Fills one slot. The password is checked first, outside the transaction (argon2 runs on the libuv pool), so
 * the transaction itself is a handful of statements: lock the round, re-read, insert, audit.
 */
export async function signOff(
	db: Kysely<Database>,
	actor: Actor & { userId: string },
	projectId: string,
	ref: SignableRef,
	input: SignOffInput
) {
	// An object that is not this project's is a 404 before anything else, the password included.
	await signableContent(db, projectId, ref.type, ref.id);
	if (input.decision === 'reject' && !input.comment.trim())
		throw new DomainError('validation_failed', 'signoff.commentRequired', { field: 'comment' });
	if (!wrongPasswords.check(actor.userId, 1))
		throw new DomainError('rate_limited', 'signoff.tooManyAttempts', { field: 'password' });
	const user = await findUserById(db, actor.userId);
	if (!user || !(await verifyPassword(user.password_hash, input.password))) {
		wrongPasswords.consume(actor.userId, 1);
		throw new DomainError('forbidden', 'signoff.wrongPassword', { field: 'password' });
	}
	wrongPasswords.reset(actor.userId);
	try {
		const result = await db.transaction().execute(async (trx) => {
			const round = await lockLatestRound(trx, projectId, ref.type, ref.id);
			const member = await findMembership(trx, projectId, actor.userId);
			if (!member) throw new DomainError('not_found', 'error.notFound');
			// Whose slot it is comes first: a vendor never learns more than "not yours" about a client slot.
			const named = round?.slots.find((s) => s.id === input.slotId);
			if (named && !(named.side === member.side && member.roles.includes(named.role)))
				throw new DomainError('forbidden', 'signoff.slotNotYours', { field: 'slotId' });
			if (!round || round.status !== 'open') throw new DomainError('conflict', 'signoff.notInReview');
			const content = await signableContent(trx, projectId, ref.type, ref.id);
			if (input.contentHash !== content.hash)
				throw new DomainError('conflict', 'signoff.staleContent', { current: { contentHash: content.hash } });
			const signatures = await objectSignatures(trx, projectId, ref.type, ref.id);
			const approval = approvalOf(round, signatures, content.hash);
			const slot = pickSlot(approval.slots, member, input.slotId);
			await assertOneSlotPerPerson(trx, projectId, round.id, actor.userId, content.hash);
			const signature = {
				id: newId(),
				slotId: slot.id,
				roundId: round.id,
				revision: round.revision,
				memberId: member.id,
				signerName: member.name,
				signerSide: member.side,
				signerRole: slot.role,
				decision: input.decision,
				meaning: input.meaning,
				comment: input.comment.trim(),
				contentHash: content.hash,
				signedAt: nowIso()
			};
			await insertSignature(trx, projectId, ref, actor.userId, signature);
			const status = statusAfter(input.decision, approval.slots, slot.id);
			if (status !== 'open') await updateRound(trx, round.id, { status });
			await applyDecision(trx, ref, status);
			if (ref.type === 'change' && status !== 'open')
				await followReview(trx, actor, projectId, ref.id, status);
			await recordAudit(trx, actor, {
				action: 'signoff.sign',
				objectType: ref.type,
				objectId: ref.id,
				projectId,
				detail: {
					signoffId: signature.id,
					...sealSignature({
						...signature,
						projectId,
						objectType: ref.type,
						objectId: ref.id,
						userId: actor.userId,
						roundStatus: status
					}),
					roundId: round.id,
					decision: input.decision,
					meaning: input.meaning,
					slotId: slot.id,
					contentHash: content.hash,
					roundStatus: status
				}
			});
			if (round.submittedBy && (status !== 'open' || input.decision === 'reject')) {
				await notifyUsers(trx, projectId, [round.submittedBy], {
					kind: 'decided',
					ref,
					roundId: round.id,
					detail: { title: content.title, decision: status, comment: signature.comment, signer: member.name }
				});
			}
			return { signature, roundStatus: status };
		});
		// After the commit: the new chain head goes to the anchor file outside the database.
		await anchorQuietly(db, projectId);
		return result;
	} catch (e) {
		if (isUniqueViolation(e)) throw new DomainError('conflict', 'signoff.slotTaken');
		throw e;
	}
}
