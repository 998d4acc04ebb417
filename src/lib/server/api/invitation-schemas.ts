import { z } from 'zod';
import { INVITATION_STATUSES, type Invitation as InvitationView } from '../../invitations/views';
import { ROLE_IDS } from '../../raci/roles';
import { SIDES } from '../../raci/sides';

// Response shapes of the invitation operations; the link's token is never part of any answer.
export const Invitation = z.object({
	id: z.string(),
	email: z.string(),
	side: z.enum(SIDES),
	roles: z.array(z.enum(ROLE_IDS)),
	status: z
		.enum(INVITATION_STATUSES)
		.describe(
			'pending until accepted, revoked or past expiresAt (then expired; a manager may send it again)'
		),
	invitedBy: z.string().describe('User id of the manager who invited'),
	inviterName: z.string(),
	createdAt: z.iso.datetime(),
	sentAt: z.iso.datetime().describe('When the link was last sent; sending again replaces the link'),
	expiresAt: z.iso.datetime()
});

export const InvitationList = z.object({ invitations: z.array(Invitation) });

export function invitationJson(i: InvitationView): z.output<typeof Invitation> {
	return {
		id: i.id,
		email: i.email,
		side: i.side,
		roles: i.roles,
		status: i.status,
		invitedBy: i.invitedBy,
		inviterName: i.inviterName,
		createdAt: i.createdAt,
		sentAt: i.sentAt,
		expiresAt: i.expiresAt
	};
}
