import { PAIN_STATES } from '../../../design/pain-points';
import { CHANNELS, PROCESS_DOMAINS } from '../../../design/types';
import { operation, P } from './operation';

const PPp = ['projectId', 'painPointId'];
const scale = { type: 'integer', minimum: 1, maximum: 5 };

export const painPointPaths = {
	'/projects/{projectId}/pain-points': {
		get: operation({
			operationId: 'listPainPoints',
			summary: 'The project’s pain points (痛点), most urgent first (severity × frequency), 50 a page',
			description:
				'Filters: `process` (an as-is process id), `domain`, `channel`, `state` (open, deferred, resolved), `minSeverity`, one grid cell by `severity` and `frequency` (or `cell=S-F`), `page`. An unreadable filter is refused with 422 naming it.',
			tags: ['design'],
			params: P,
			query: {
				process: { type: 'string' },
				domain: { type: 'string', enum: [...PROCESS_DOMAINS] },
				channel: { type: 'string', enum: [...CHANNELS] },
				state: { type: 'string', enum: [...PAIN_STATES] },
				minSeverity: scale,
				severity: scale,
				frequency: scale,
				cell: { type: 'string', pattern: '^[1-5]-[1-5]$' },
				page: { type: 'integer', minimum: 1 }
			},
			ok: { status: 200, schema: 'PainPointPage', description: 'One page of pain points' },
			errors: [401, 404, 422]
		}),
		post: operation({
			operationId: 'createPainPoint',
			summary: 'Record a pain point found in an as-is process',
			description:
				'`processId` must be an as-is process of the project, `stepId` a step of it, `interviewId` an interview of the project (another project’s id answers 404 naming the field; a to-be process or a step of another process 422 naming the field). Severity and frequency are integers 1–5.',
			tags: ['design'],
			params: P,
			body: 'CreatePainPoint',
			ok: { status: 201, schema: 'PainPoint', description: 'Created' },
			errors: [400, 401, 404, 409, 422]
		})
	},
	'/projects/{projectId}/pain-points/{painPointId}': {
		get: operation({
			operationId: 'getPainPoint',
			summary: 'One pain point with its step, interview and the to-be processes that resolve it',
			tags: ['design'],
			params: PPp,
			ok: { status: 200, schema: 'PainPoint', description: 'The pain point' },
			errors: [401, 404]
		}),
		patch: operation({
			operationId: 'updatePainPoint',
			summary: 'Edit, defer or reopen a pain point over the version you read',
			description:
				'`status: deferred` needs `deferralReason` (who and when are kept); `status: open` reopens it. A pain point a to-be process resolves cannot be deferred (409). A stale `version` is refused with 409; `error.current` carries the pain point as it is now.',
			tags: ['design'],
			params: PPp,
			body: 'UpdatePainPoint',
			ok: { status: 200, schema: 'PainPoint', description: 'Updated' },
			errors: [400, 401, 404, 409, 422]
		})
	}
};
