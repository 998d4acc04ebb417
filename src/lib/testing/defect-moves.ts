import type { Side } from '../raci/sides';
import { canMoveDefect, DEFECT_TRANSITIONS } from './rules';
import type { DefectSide } from './defects';
import type { DefectStatus } from './types';

// Who may move a defect where. The owner side (the one that fixes) confirms, fixes and sends it to retest; the
// other side (the testers') closes it after a passing retest; managers may act for the project, except that one
// person never both sends a defect to retest and closes it for the owner side.

export interface DefectActor {
	userId: string | null;
	side: Side;
	manages: boolean;
}

export interface DefectMoveContext {
	status: DefectStatus;
	ownerSide: DefectSide;
	/** The user who last moved it to 待复测 (null before). */
	toRetestBy: string | null;
}

/** Why a move is refused, as a message key suffix (defect.error.*); null when it is allowed. */
export type MoveRefusal = 'transition' | 'ownerSide' | 'otherSide' | 'sameCloser' | 'managersOnly';

const otherSide = (side: DefectSide): DefectSide => (side === 'client' ? 'vendor' : 'client');

export function moveRefusal(
	actor: DefectActor,
	defect: DefectMoveContext,
	to: DefectStatus
): MoveRefusal | null {
	if (!canMoveDefect(defect.status, to)) return 'transition';
	const owner = actor.side === defect.ownerSide;
	const tester = actor.side === otherSide(defect.ownerSide);
	switch (to) {
		case 'confirmed':
		case 'toRetest':
			return owner || actor.manages ? null : 'ownerSide';
		case 'fixing':
			// A failed retest, or a closed defect that came back, may be sent back by the testers too.
			if (defect.status === 'toRetest' || defect.status === 'closed')
				return owner || tester || actor.manages ? null : 'ownerSide';
			return owner || actor.manages ? null : 'ownerSide';
		case 'rejected':
			return owner || actor.manages ? null : 'ownerSide';
		case 'closed':
			if (!tester && !actor.manages) return 'otherSide';
			// The person who said "fixed" does not also say "retested", unless they speak for the testers' side.
			if (defect.toRetestBy !== null && defect.toRetestBy === actor.userId && !tester) return 'sameCloser';
			return null;
		case 'new':
			// A rejected defect is reopened by the side that raised it, or by a manager.
			return tester || actor.manages ? null : 'otherSide';
		case 'deferred':
			return actor.manages ? null : 'managersOnly';
	}
}

/** The moves this person may make from the defect's status, in workflow order. */
export function allowedMoves(actor: DefectActor, defect: DefectMoveContext): DefectStatus[] {
	return DEFECT_TRANSITIONS[defect.status].filter((to) => moveRefusal(actor, defect, to) === null);
}

/** Moves that take a defect out of a settled status again (it then ages from its raising once more). */
export function isReopen(from: DefectStatus, to: DefectStatus): boolean {
	return (
		(from === 'closed' && to === 'fixing') ||
		(from === 'rejected' && to === 'new') ||
		(from === 'deferred' && to === 'confirmed')
	);
}
