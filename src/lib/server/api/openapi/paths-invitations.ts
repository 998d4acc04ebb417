import { operation, P } from './operation';

export const invitationPaths = {
	'/projects/{projectId}/invitations': {
		get: operation({
			operationId: 'listInvitations',
			summary: 'Managers: invitations not yet accepted or revoked (pending or expired), newest first',
			tags: ['members'],
			params: P,
			ok: { status: 200, schema: 'InvitationList', description: 'Open invitations' },
			errors: [401, 403, 404]
		}),
		post: operation({
			operationId: 'createInvitation',
			summary:
				'Managers: invite an e-mail address with the side and roles preset; the link (valid 7 days, usable once) goes out through the outbox',
			description:
				'An address that already belongs to a member, or has a pending invitation, is refused with 409 and `fields.email`; someone who signed in this project before is invited only back to the side they signed for (409, `fields.side`). At most 5 messages to one address in a burst (429) and 100 open invitations per project (409).',
			tags: ['members'],
			params: P,
			body: 'CreateInvitation',
			ok: {
				status: 201,
				schema: 'Invitation',
				description: 'Invited (the response never contains the link)'
			},
			errors: [400, 401, 403, 404, 409, 422, 429]
		})
	},
	'/projects/{projectId}/invitations/{invitationId}': {
		delete: operation({
			operationId: 'revokeInvitation',
			summary: 'Managers: revoke an open invitation; its link stops working at once',
			tags: ['members'],
			params: ['projectId', 'invitationId'],
			ok: { status: 204, description: 'Revoked' },
			errors: [401, 403, 404, 409]
		})
	}
};
