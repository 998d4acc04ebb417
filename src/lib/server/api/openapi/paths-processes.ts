import { PROCESS_DOMAINS, PROCESS_KINDS } from '../../../design/types';
import { operation, P } from './operation';

const PPr = ['projectId', 'processId'];

export const processPaths = {
	'/projects/{projectId}/processes': {
		get: operation({
			operationId: 'listProcesses',
			summary:
				'The process inventory: as-is and to-be processes by domain → process → sub-process, 50 a page',
			description:
				'A filter value the server cannot read (an unknown kind or domain, a page that is not a positive integer) is refused with 422 naming it. A page past the last answers the last page (`page` says which); read `pages` to know when to stop.',
			tags: ['design'],
			params: P,
			query: {
				kind: { type: 'string', enum: [...PROCESS_KINDS] },
				domain: { type: 'string', enum: [...PROCESS_DOMAINS] },
				page: { type: 'integer', minimum: 1, default: 1 }
			},
			ok: { status: 200, schema: 'ProcessPage', description: 'One page of the inventory' },
			errors: [401, 404, 422]
		}),
		post: operation({
			operationId: 'createProcess',
			summary: 'Record an as-is process or design a to-be process; it gets the next AS-/TB- number',
			description:
				'The parent must be a process of the same kind in this project; a to-be process may name the as-is process it replaces (`asIsId`) and the pain points it resolves (`resolvesPainPointIds`). Ids of another project answer 404 naming the field; the owner must be a member of the project. Steps are written in the order given (at most 200), benefits at most 20.',
			tags: ['design'],
			params: P,
			body: 'CreateProcess',
			ok: { status: 201, schema: 'Process', description: 'Created' },
			errors: [400, 401, 404, 409, 415, 422]
		})
	},
	'/projects/{projectId}/processes/{processId}': {
		get: operation({
			operationId: 'getProcess',
			summary: 'One process with its steps, benefits, links, pain points and interviews',
			tags: ['design'],
			params: PPr,
			ok: { status: 200, schema: 'Process', description: 'The process' },
			errors: [401, 404]
		}),
		patch: operation({
			operationId: 'updateProcess',
			summary: 'Edit a process over the version you read; fields left out keep their value',
			description:
				'A stale `version` is refused with 409; `error.current` carries the process as it is now. A parent that would make a cycle in the process hierarchy, or a to-be process linked to itself, is refused with 422 naming the field. `steps` replaces the step list: a step sent with its `id` keeps it (and what points at it). `resolvesPainPointIds` replaces the resolved pain points.',
			tags: ['design'],
			params: PPr,
			body: 'UpdateProcess',
			ok: { status: 200, schema: 'Process', description: 'Updated' },
			errors: [400, 401, 404, 409, 415, 422]
		})
	},
	'/projects/{projectId}/interviews': {
		get: operation({
			operationId: 'listInterviews',
			summary: 'Interview records of the diagnosis, latest first, 50 a page (notes on the interview’s page)',
			tags: ['design'],
			params: P,
			query: { page: { type: 'integer', minimum: 1, default: 1 } },
			ok: { status: 200, schema: 'InterviewPage', description: 'One page of interviews' },
			errors: [401, 404, 422]
		}),
		post: operation({
			operationId: 'createInterview',
			summary: 'Record an interview and the processes it covered',
			description:
				'Processes of another project answer 404 naming `processIds`; the interviewer, when a member, must be a member of this project.',
			tags: ['design'],
			params: P,
			body: 'CreateInterview',
			ok: { status: 201, schema: 'Interview', description: 'Created' },
			errors: [400, 401, 404, 409, 415, 422]
		})
	}
};
