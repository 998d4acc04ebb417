import { operation, P, PM } from './operation';

export const memberPaths = {
	'/projects/{projectId}/members/{memberId}': {
		patch: operation({
			operationId: 'updateMember',
			summary:
				"Change another member's side or roles (never your own: 403); the side of a member who has signed is fixed (409: request a side change)",
			tags: ['members'],
			params: PM,
			body: 'UpdateMember',
			ok: { status: 200, schema: 'Member', description: 'Updated' },
			errors: [400, 401, 403, 404, 409, 422]
		}),
		delete: operation({
			operationId: 'removeMember',
			summary: 'Remove a member (a project always keeps one manager)',
			tags: ['members'],
			params: PM,
			ok: { status: 204, description: 'Removed' },
			errors: [401, 403, 404, 409]
		})
	},
	'/projects/{projectId}/members/{memberId}/side-requests': {
		post: operation({
			operationId: 'requestSideChange',
			summary:
				'Managers: ask to move a member to another side; it takes effect when a project manager or lead of the other side approves',
			tags: ['members'],
			params: PM,
			body: 'RequestSideChange',
			ok: { status: 201, schema: 'SideRequest', description: 'Requested (pending)' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/side-requests': {
		get: operation({
			operationId: 'listSideRequests',
			summary: 'Side changes awaiting approval',
			tags: ['members'],
			params: P,
			ok: { status: 200, schema: 'SideRequestList', description: 'Pending requests' },
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/side-requests/{requestId}': {
		post: operation({
			operationId: 'decideSideChange',
			summary:
				'Approve or decline (a project manager or lead of the other side) or withdraw (the requester) a side change',
			tags: ['members'],
			params: ['projectId', 'requestId'],
			body: 'DecideSideChange',
			ok: { status: 200, schema: 'SideRequest', description: 'Decided' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	}
};
