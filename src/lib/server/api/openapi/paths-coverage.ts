import { operation, P } from './operation';

const PPr = ['projectId', 'processId'];

export const coveragePaths = {
	'/projects/{projectId}/processes/{processId}/validations': {
		get: operation({
			operationId: 'listValidations',
			summary: 'A to-be process’s executability walkthroughs (newest first) and whether it is ready for test',
			tags: ['design'],
			params: PPr,
			ok: { status: 200, schema: 'ProcessValidationList', description: 'Walkthroughs' },
			errors: [401, 404]
		}),
		post: operation({
			operationId: 'recordValidation',
			summary: 'Record a walkthrough of a to-be process with client key users; issues become register items',
			description:
				'At least one client participant (422 on participants). Members take their name and side from the project; steps must be steps of this process (another project’s step is 404 naming `steps.N.stepId`, a step of another process 422), and a participant’s member of another project is 404 naming `participants.N.memberId`. Each issue is raised as a register issue (origin validation) in the same transaction. An as-is process is refused with 422. The result `executable` — what lets the process into test — is the client’s verdict: recorded by anyone not on the client side it is 403 on result (the vendor and consultants record `needsChange` / `notExecutable` and raise the issues).',
			tags: ['design'],
			params: PPr,
			body: 'RecordValidation',
			ok: { status: 201, schema: 'ProcessValidation', description: 'Recorded' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/design/coverage': {
		get: operation({
			operationId: 'getDesignCoverage',
			summary: 'How far the design chain reaches: each figure with the objects that fall short',
			tags: ['design'],
			params: P,
			ok: { status: 200, schema: 'DesignCoverage', description: 'Coverage figures' },
			errors: [401, 404]
		})
	}
};
