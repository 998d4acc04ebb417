import type { Member } from '../../../raci/member';
import { approvalOf, isValid } from '../../../signoff/state';
import type { Round, Signature, SignableRef, Slot } from '../../../signoff/types';
import type { SignatureView, SignoffsView } from '../../../signoff/views';
import { signableContent } from './content';
import { latestRound, objectSignatures, roundNumbers } from '../../repo/review-rounds';
import type { Conn } from '../../db';

/** Everything a person needs to judge and sign one object: its current hash, the slots, every signature ever made. */
export async function loadSignoffs(
	db: Conn,
	projectId: string,
	ref: SignableRef,
	viewer: Member | null,
	today = new Date().toISOString().slice(0, 10)
): Promise<SignoffsView> {
	const [content, round, signatures] = await Promise.all([
		signableContent(db, projectId, ref.type, ref.id),
		latestRound(db, projectId, ref.type, ref.id),
		objectSignatures(db, projectId, ref.type, ref.id)
	]);
	const numberOf = await roundNumbers(db, projectId, ref.type, ref.id);
	const view = (s: Signature): SignatureView => ({
		...s,
		status: round && s.roundId === round.id && isValid(s, content.hash) ? 'valid' : 'superseded',
		roundNumber: numberOf.get(s.roundId) ?? 0
	});
	const approval = approvalOf(round, signatures, content.hash);
	const mine = (s: Slot) => !!viewer && viewer.side === s.side && viewer.roles.includes(s.role);
	const slots = approval.slots.map((s) => ({
		...s.slot,
		signature: s.signature ? view(s.signature) : null,
		mine: mine(s.slot)
	}));
	const open = round?.status === 'open';
	return {
		objectType: ref.type,
		objectId: ref.id,
		title: content.title,
		titleEn: content.titleEn,
		phaseId: content.phaseId,
		contentHash: content.hash,
		state: approval.state,
		approved: approval.approved,
		round: round ? { ...withoutSlots(round), overdue: open && round.dueDate < today } : null,
		slots,
		signatures: signatures.map(view),
		mySlotIds: open ? slots.filter((s) => s.mine && !s.signature).map((s) => s.id) : []
	};
}

function withoutSlots(round: Round & { version?: number }): Omit<Round, 'slots'> {
	const { slots: _slots, version: _version, ...rest } = round;
	void _slots;
	void _version;
	return rest;
}
