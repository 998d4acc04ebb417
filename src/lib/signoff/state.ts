import type { Decision, ReviewState, Round, Signature, Slot } from './types';

/** A signature counts only while nobody voided it and it was made over the content as it is now. */
export function isValid(sig: Signature, currentHash: string): boolean {
	return sig.supersededAt === null && sig.contentHash === currentHash;
}

export interface SlotState {
	slot: Slot;
	/** The valid signature filling the slot in the current round, if any. */
	signature: Signature | null;
}

export interface ObjectApproval {
	state: ReviewState;
	/** True only when every slot of the current round holds a valid approval over the current hash. */
	approved: boolean;
	slots: SlotState[];
	rejection: Signature | null;
}

/**
 * Derives approval from the signatures themselves, never from a stored flag: a round row edited behind the
 * app's back cannot make an object approved, and a content change is noticed even if no hook recorded it.
 */
export function approvalOf(
	round: Round | null,
	signatures: readonly Signature[],
	currentHash: string
): ObjectApproval {
	if (!round) return { state: 'draft', approved: false, slots: [], rejection: null };
	const current = signatures.filter((s) => s.roundId === round.id && isValid(s, currentHash));
	const slots = round.slots.map((slot) => ({
		slot,
		signature: current.find((s) => s.slotId === slot.id) ?? null
	}));
	const rejection = current.find((s) => s.decision === 'reject') ?? null;
	// Each slot needs its own signer: one person's two signatures never make a round approved.
	const signers = new Set(slots.map((s) => s.signature?.memberId));
	const approved =
		!rejection &&
		slots.length > 0 &&
		signers.size === slots.length &&
		slots.every((s) => s.signature?.decision === 'approve');
	const state: ReviewState = round.status === 'rejected' ? 'rejected' : approved ? 'approved' : 'inReview';
	return { state, approved, slots, rejection };
}

/** The round's status after one more decision: a rejection closes it at once, the last approval closes it approved. */
export function statusAfter(
	decision: Decision,
	slots: readonly SlotState[],
	slotId: string
): Round['status'] {
	if (decision === 'reject') return 'rejected';
	return slots.every((s) => s.slot.id === slotId || s.signature?.decision === 'approve')
		? 'approved'
		: 'open';
}
