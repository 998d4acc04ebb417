import { CASE_STATUSES, TEST_PRIORITIES, TESTING_LIMITS } from '../../../testing/types';
import { operation, P } from './operation';

const PC = ['projectId', 'caseId'];
const PY = ['projectId', 'cycleId'];
const PYC = ['projectId', 'cycleId', 'caseId'];

const LINK_NOTE = `\`processId\` must be a to-be process of the project; \`requirementIds\`, \`processStepIds\` and \`customisationIds\` must be objects of the project (another project’s id is 404 naming the field, and nothing is written); a linked step must be a to-be step, of the case’s process when it has one (422). At most ${TESTING_LIMITS.stepsPerCase} steps and ${TESTING_LIMITS.linksPerCase} links.`;

const PLANNERS_NOTE =
	'Only project managers and vendor members plan (403 otherwise). A closed cycle refuses with 409 naming the cycle.';

export const testCasePaths = {
	'/projects/{projectId}/testing/cases': {
		get: operation({
			operationId: 'listTestCases',
			summary: 'The project’s test cases by code, 50 a page, with their latest status in each cycle',
			description:
				'Filters: `process` (a to-be process id), `priority`, `requirement` and `customisation` (cases linked to it), `q` (words of the title, or a code such as TC-007). An unknown value is refused with 422 naming the parameter.',
			tags: ['testing'],
			params: P,
			query: {
				process: { type: 'string' },
				priority: { type: 'string', enum: [...TEST_PRIORITIES] },
				requirement: { type: 'string' },
				customisation: { type: 'string' },
				q: { type: 'string', maxLength: 200 },
				page: { type: 'integer', minimum: 1 }
			},
			ok: { status: 200, schema: 'TestCasePage', description: 'One page of test cases' },
			errors: [401, 404, 422]
		}),
		post: operation({
			operationId: 'createTestCase',
			summary:
				'Write a test case with its ordered steps, traced to requirements, to-be steps and customisations',
			description: `Any member may write cases; the next TC- number is given. ${LINK_NOTE}`,
			tags: ['testing'],
			params: P,
			body: 'CreateTestCase',
			ok: { status: 201, schema: 'TestCase', description: 'Created' },
			errors: [400, 401, 404, 422]
		})
	},
	'/projects/{projectId}/testing/cases/{caseId}': {
		get: operation({
			operationId: 'getTestCase',
			summary: 'One test case with its steps, links, the cycles it is planned into and its run history',
			tags: ['testing'],
			params: PC,
			ok: { status: 200, schema: 'TestCase', description: 'The test case' },
			errors: [401, 404]
		}),
		patch: operation({
			operationId: 'updateTestCase',
			summary: 'Edit a test case over the version you read',
			description: `A stale \`version\` is refused with 409; \`error.current\` carries the case as it is now. A list sent (steps, links of one kind) replaces it; a step sent with its \`id\` keeps that id, so the runs that ran it keep pointing at it. ${LINK_NOTE}`,
			tags: ['testing'],
			params: PC,
			body: 'UpdateTestCase',
			ok: { status: 200, schema: 'TestCase', description: 'Updated' },
			errors: [400, 401, 404, 409, 422]
		}),
		delete: operation({
			operationId: 'deleteTestCase',
			summary: 'Delete a test case that has never been run',
			description:
				'A case with runs (or defects) in any cycle is kept as the cycles’ history: 409. Deleting takes it out of the cycles it was planned into.',
			tags: ['testing'],
			params: PC,
			ok: { status: 204, description: 'Deleted' },
			errors: [401, 404, 409]
		})
	},
	'/projects/{projectId}/testing/cycles/{cycleId}/cases': {
		get: operation({
			operationId: 'listPlannedCases',
			summary: 'The cases planned into a cycle, in planning order, 50 a page, with counts by status',
			description:
				'`status` filters by the latest run’s result (`notRun` before the first). An unknown value is refused with 422.',
			tags: ['testing'],
			params: PY,
			query: {
				status: { type: 'string', enum: [...CASE_STATUSES] },
				page: { type: 'integer', minimum: 1 }
			},
			ok: { status: 200, schema: 'PlannedCasePage', description: 'One page of planned cases' },
			errors: [401, 404, 422]
		}),
		post: operation({
			operationId: 'planTestCases',
			summary: 'Plan test cases into a cycle (the case is reused, not copied)',
			description: `Each case once, on the client’s real data, after the cycle’s last; a case already in the cycle is left as it is (counted in \`alreadyPlanned\`). \`caseIds\` (at most ${TESTING_LIMITS.casesPerPlanning}) must be cases of the project (404). \`assigneeMemberId\`, when given, must be a tester of the cycle (422). ${PLANNERS_NOTE}`,
			tags: ['testing'],
			params: PY,
			body: 'PlanTestCases',
			ok: { status: 200, schema: 'PlanningResult', description: 'What was planned' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/testing/cycles/{cycleId}/cases/{caseId}': {
		patch: operation({
			operationId: 'updatePlannedCase',
			summary: 'Change who is expected to run a planned case, over the version you read',
			description: `\`assigneeMemberId\` must be a tester of the cycle, or null. A stale \`version\` is refused with 409 and \`error.current\`. ${PLANNERS_NOTE}`,
			tags: ['testing'],
			params: PYC,
			body: 'UpdatePlannedCase',
			ok: { status: 200, schema: 'PlannedCase', description: 'Updated' },
			errors: [400, 401, 403, 404, 409, 422]
		}),
		delete: operation({
			operationId: 'unplanTestCase',
			summary: 'Take a case that has not been run out of a cycle',
			description: `A case already run in the cycle keeps its place: its runs are the cycle’s history (409). ${PLANNERS_NOTE}`,
			tags: ['testing'],
			params: PYC,
			ok: { status: 204, description: 'Removed from the cycle' },
			errors: [401, 403, 404, 409]
		})
	}
};
