import type { Member } from './member';
import type { Side } from './sides';

// Side-change requests: a manager asks to move a member to another side, and the other contracting party
// decides. The view model the members page and the API read, and the rules of who decides.

export type SideRequestStatus = 'pending' | 'approved' | 'declined' | 'withdrawn';
export type SideDecision = 'approve' | 'decline' | 'withdraw';

export interface SideRequestView {
	id: string;
	memberId: string;
	memberName: string;
	fromSide: Side;
	toSide: Side;
	requestedBy: string;
	requesterName: string;
	requesterSide: Side;
	requestedAt: string;
	status: SideRequestStatus;
	/** The sides whose project manager or lead may approve: the other party than the requester's. */
	approverSides: Side[];
}

const PARTIES: readonly Side[] = ['client', 'vendor'];

/**
 * Who has to agree: the other contracting party. A client request needs the vendor, a vendor request the client;
 * an adviser's request either of them. (Advisers never stand in for a party.)
 */
export function approverSides(requesterSide: Side): Side[] {
	return PARTIES.filter((s) => s !== requesterSide);
}

/** May this member approve or decline the request? Only a PM or lead of an approving side, and never a party to it. */
export function canDecide(
	member: Member,
	request: Pick<SideRequestView, 'memberId' | 'requestedBy' | 'approverSides'>
): boolean {
	if (member.id === request.memberId || member.userId === request.requestedBy) return false;
	return (
		request.approverSides.includes(member.side) &&
		member.roles.some((r) => r === 'projectManager' || r === 'lead')
	);
}
