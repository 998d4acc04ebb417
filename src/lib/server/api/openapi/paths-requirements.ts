import { FIT_FILTERS, SIGNOFF_FILTERS } from '../../../design/requirements';
import { PRIORITIES, REQUIREMENT_CATEGORIES } from '../../../design/types';
import { operation, P } from './operation';

const PR = ['projectId', 'requirementId'];

export const requirementPaths = {
	'/projects/{projectId}/requirements': {
		get: operation({
			operationId: 'listRequirements',
			summary: 'The project’s requirements with their fit/gap verdicts, Must first, 50 a page',
			description:
				'Filters: `category`, `priority`, `fit` (a verdict, or `none` for not yet analysed), `process` (a to-be process id), `signoff` (`pending`: a client requirement marked notImplemented not yet signed by both leads; `signed`). An unknown value is refused with 422 naming the parameter.',
			tags: ['design'],
			params: P,
			query: {
				category: { type: 'string', enum: [...REQUIREMENT_CATEGORIES] },
				priority: { type: 'string', enum: [...PRIORITIES] },
				fit: { type: 'string', enum: [...FIT_FILTERS] },
				process: { type: 'string' },
				signoff: { type: 'string', enum: [...SIGNOFF_FILTERS] },
				page: { type: 'integer', minimum: 1 }
			},
			ok: { status: 200, schema: 'RequirementPage', description: 'One page of requirements' },
			errors: [401, 404, 422]
		}),
		post: operation({
			operationId: 'createRequirement',
			summary: 'Record a requirement derived from a to-be process (and optionally one of its steps)',
			description:
				'`processId` must be a to-be process of the project and `stepId` one of its steps (another project’s id is 404 naming the field; an as-is process or a step of another process is 422). A verdict of `development` or `notImplemented` needs `fitReason` (422).',
			tags: ['design'],
			params: P,
			body: 'CreateRequirement',
			ok: { status: 201, schema: 'Requirement', description: 'Created' },
			errors: [400, 401, 404, 409, 422]
		})
	},
	'/projects/{projectId}/requirements/{requirementId}': {
		get: operation({
			operationId: 'getRequirement',
			summary: 'One requirement with its verdict, sign-off state and the customisations that build it',
			tags: ['design'],
			params: PR,
			ok: { status: 200, schema: 'Requirement', description: 'The requirement' },
			errors: [401, 404]
		}),
		patch: operation({
			operationId: 'updateRequirement',
			summary: 'Edit a requirement or give its fit/gap verdict, over the version you read',
			description:
				'A stale `version` is refused with 409; `error.current` carries the requirement as it is now. Changing the text, priority, side, verdict or reason of a signed notImplemented requirement voids its signatures and reopens its review.',
			tags: ['design'],
			params: PR,
			body: 'UpdateRequirement',
			ok: { status: 200, schema: 'Requirement', description: 'Updated' },
			errors: [400, 401, 404, 409, 422]
		})
	}
};
