import type { RoleId } from '../raci/roles';
import type { Side } from '../raci/sides';

export const INVITATION_STATUSES = ['pending', 'expired', 'accepted', 'revoked'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** Days an invitation link stays valid after it is sent (or sent again). */
export const INVITATION_LIFETIME_DAYS = 7;

/** Invitations a project may have open (pending or expired, not yet revoked) at once. */
export const MAX_OPEN_INVITATIONS = 100;

/** An invitation as the members page and the API show it: never its token. */
export interface Invitation {
	id: string;
	projectId: string;
	email: string;
	side: Side;
	roles: RoleId[];
	status: InvitationStatus;
	invitedBy: string;
	inviterName: string;
	createdAt: string;
	sentAt: string;
	expiresAt: string;
}

/** What the state of an invitation is at `now`: used and revoked win over expired. */
export function invitationStatus(
	row: { accepted_at: string | null; revoked_at: string | null; expires_at: string },
	now: number
): InvitationStatus {
	if (row.revoked_at) return 'revoked';
	if (row.accepted_at) return 'accepted';
	return now >= Date.parse(row.expires_at) ? 'expired' : 'pending';
}
