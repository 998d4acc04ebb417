import { TESTING_LIMITS } from '../../../testing/types';
import { operation } from './operation';

const PC = ['projectId', 'cycleId'];
const PR = ['projectId', 'runId'];

export const testingRunPaths = {
	'/projects/{projectId}/testing/cycles/{cycleId}/runs': {
		get: operation({
			operationId: 'listTestRuns',
			summary: 'Runs of the cycle, newest first, 50 a page; `caseId` narrows to one planned case',
			tags: ['testing'],
			params: PC,
			query: { caseId: { type: 'string' }, page: { type: 'integer', minimum: 1 } },
			ok: { status: 200, schema: 'TestRunPage', description: 'One page of runs' },
			errors: [401, 404, 422]
		}),
		post: operation({
			operationId: 'recordTestRun',
			summary: 'Record a run of a planned case: each step’s result and actual text, the overall result',
			description:
				'Only a tester of the cycle or a project manager may (403). The case must be planned into the cycle (422 naming `caseId`) and the cycle open (409 naming `cycleId`). A step left out is recorded as notRun; a run with every step notRun, or passed with a failed or blocked step, is refused (422). The run records the data source the planned case runs on now; the planned case’s latest result, first run and run count are updated, and a planned cycle starts running.',
			tags: ['testing'],
			params: PC,
			body: 'RecordTestRun',
			ok: { status: 201, schema: 'TestRun', description: 'The recorded run with its steps' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/testing/runs/{runId}': {
		get: operation({
			operationId: 'getTestRun',
			summary: 'One run with its step results and the list of its screenshots',
			tags: ['testing'],
			params: PR,
			ok: { status: 200, schema: 'TestRun', description: 'The run' },
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/testing/runs/{runId}/attachments': {
		post: operation({
			operationId: 'addTestRunAttachment',
			summary: `Attach a screenshot (multipart \`file\`, optional \`runStepId\`): PNG, JPEG or WebP by its bytes, ≤ ${TESTING_LIMITS.attachmentBytes / 1024 / 1024} MB, ≤ ${TESTING_LIMITS.attachmentsPerRun} per run`,
			description:
				'Only whoever ran it or a project manager may (403), while the cycle is open (409). The type the client claims is ignored: bytes that are not a PNG, JPEG or WebP image are refused with 422 naming `file`.',
			tags: ['testing'],
			params: PR,
			upload: 'file',
			ok: { status: 201, schema: 'TestRunAttachment', description: 'The stored screenshot with its SHA-256' },
			errors: [400, 401, 403, 404, 409, 413, 422]
		})
	},
	'/projects/{projectId}/testing/runs/{runId}/attachments/{attachmentId}': {
		get: operation({
			operationId: 'getTestRunAttachment',
			summary:
				'A screenshot, byte for byte, with the type sniffed when it was stored, inline, `nosniff` and under a CSP that lets nothing in it run',
			tags: ['testing'],
			params: ['projectId', 'runId', 'attachmentId'],
			ok: { status: 200, description: 'The image', mediaType: 'image/png' },
			errors: [401, 404]
		})
	}
};
