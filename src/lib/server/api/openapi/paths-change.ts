import { operation } from './operation';

const ITEM = ['projectId', 'itemId'];

const preview = operation({
	operationId: 'previewChangeImpact',
	summary:
		'Impact of a change request on the plan (tasks added, moved, removed; old and new finish; critical path), computed without writing anything',
	description:
		'Without a body the saved plan edits are previewed; a body `{planEdits}` previews those instead (to try edits before saving). Edits naming another project’s task or phase are 404.',
	tags: ['register'],
	params: ITEM,
	body: 'PreviewChangeImpact',
	ok: { status: 200, schema: 'ChangeImpact', description: 'Impact' },
	errors: [400, 401, 404, 409, 415, 422]
});

export const changePaths = {
	'/projects/{projectId}/register/items/{itemId}/plan-edits': {
		put: operation({
			operationId: 'saveChangePlanEdits',
			summary: 'Replace a change request’s plan edits (at most 200) over the version the editor saw',
			description:
				'Editing an approved change voids its approval: the review reopens and the status goes back to inReview.',
			tags: ['register'],
			params: ITEM,
			body: 'SaveChangePlanEdits',
			ok: { status: 200, schema: 'ChangeRequest', description: 'Saved' },
			errors: [400, 401, 403, 404, 409, 415, 422]
		})
	},
	'/projects/{projectId}/register/items/{itemId}/impact': {
		post: { ...preview, requestBody: { ...preview.requestBody, required: false } }
	},
	'/projects/{projectId}/register/items/{itemId}/apply': {
		post: operation({
			operationId: 'applyChange',
			summary:
				'Apply an approved change request to the plan, once: a baseline first, then its edits, in one transaction',
			description:
				'409 when the change is not approved by every slot as it stands now (尚未批准) or was applied already (已实施); project managers only.',
			tags: ['register'],
			params: ITEM,
			ok: { status: 200, schema: 'AppliedChange', description: 'Applied' },
			errors: [401, 403, 404, 409, 422]
		})
	}
};
