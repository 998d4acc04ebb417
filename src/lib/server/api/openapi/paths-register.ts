import { REGISTER_LIST_QUERY } from '../register-schemas';
import { operation, P } from './operation';

const ITEM = ['projectId', 'itemId'];

export const registerPaths = {
	'/projects/{projectId}/register/items': {
		get: operation({
			operationId: 'listRegisterItems',
			summary: 'The project control register (risks, issues, change requests, decisions, actions), 50 a page',
			description:
				'Filters combine (all must hold). A parameter the server cannot read (an unknown type or status, a date that is not YYYY-MM-DD, minScore outside 1–25) is refused with 422 naming it.',
			tags: ['register'],
			params: P,
			query: REGISTER_LIST_QUERY,
			ok: { status: 200, schema: 'RegisterItemPage', description: 'One page of matching items' },
			errors: [401, 404, 422]
		}),
		post: operation({
			operationId: 'createRegisterItem',
			summary: 'Raise an item; it gets the next number of its type (R-001, I-001 …)',
			description:
				'A risk needs probability and impact (1–5 each); the due date may not be before today (the day it is raised, in the project’s time zone); the owner must be a member of the project. Fields of other types are ignored.',
			tags: ['register'],
			params: P,
			body: 'CreateRegisterItem',
			ok: { status: 201, schema: 'RegisterItem', description: 'Created' },
			errors: [400, 401, 404, 409, 422]
		})
	},
	'/projects/{projectId}/register/items/{itemId}': {
		get: operation({
			operationId: 'getRegisterItem',
			summary: 'One item with its links (both ways) and comments',
			tags: ['register'],
			params: ITEM,
			ok: { status: 200, schema: 'RegisterItemDetail', description: 'The item' },
			errors: [401, 404]
		}),
		patch: operation({
			operationId: 'updateRegisterItem',
			summary: 'Edit an item over the version you read; fields left out keep their value',
			description:
				'A stale version is 409 with `error.current`, the item as it is now. A status outside the type’s workflow, a change request’s inReview/approved/rejected/applied (set only by sign-off and applying), and closing an issue without a resolution are 422 on the field. Moving a risk to `occurred` raises an issue linked to it in the same transaction: `raisedIssue` names it.',
			tags: ['register'],
			params: ITEM,
			body: 'UpdateRegisterItem',
			ok: { status: 200, schema: 'UpdatedRegisterItem', description: 'Updated' },
			errors: [400, 401, 404, 409, 422]
		})
	},
	'/projects/{projectId}/register/items/{itemId}/comments': {
		post: operation({
			operationId: 'addRegisterComment',
			summary: 'Comment on an item (comments are never edited)',
			tags: ['register'],
			params: ITEM,
			body: 'AddRegisterComment',
			ok: { status: 201, schema: 'RegisterComment', description: 'Added' },
			errors: [400, 401, 404, 409, 422]
		})
	},
	'/projects/{projectId}/register/items/{itemId}/links': {
		post: operation({
			operationId: 'addRegisterLink',
			summary: 'Link an item to a task, deliverable, phase, meeting or another item of the same project',
			description:
				'A target that is not in this project is 404; an item linking to itself is 422 on targetId; linking again returns the link already there.',
			tags: ['register'],
			params: ITEM,
			body: 'AddRegisterLink',
			ok: { status: 201, schema: 'RegisterLink', description: 'Linked' },
			errors: [400, 401, 404, 409, 422]
		})
	},
	'/projects/{projectId}/register/items/{itemId}/links/{linkId}': {
		delete: operation({
			operationId: 'removeRegisterLink',
			summary: 'Remove a link of this item, or another item’s link to it',
			tags: ['register'],
			params: [...ITEM, 'linkId'],
			ok: { status: 204, description: 'Removed' },
			errors: [401, 404, 409]
		})
	}
};
