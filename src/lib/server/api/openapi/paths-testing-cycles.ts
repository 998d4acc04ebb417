import { operation, P } from './operation';

const PC = ['projectId', 'cycleId'];
const PN = ['projectId', 'cycleId', 'needId'];
const base = '/projects/{projectId}/testing/cycles';

export const testingCyclePaths = {
	[base]: {
		get: operation({
			operationId: 'listTestCycles',
			summary:
				'The project’s test cycles with their plan-task dates and planned/executed/passed counts, 50 a page',
			tags: ['testing'],
			params: P,
			query: { page: { type: 'integer', minimum: 1 } },
			ok: { status: 200, schema: 'TestCyclePage', description: 'One page of cycles' },
			errors: [401, 404, 422]
		}),
		post: operation({
			operationId: 'createTestCycle',
			summary:
				'Schedule a test cycle (project managers): a task of the testing phase and its own 测试报告 deliverable',
			description:
				'`name` defaults to `<type> 第N轮`; entry criteria default to three lines; exit criteria default to pass rate ≥ 95, no open critical/major defect, every Must requirement covered, and real data for UAT. `testerMemberIds` must be client or vendor members (422). The task (owner: client for UAT, vendor otherwise) starts on `start` and lasts `durationDays` working days; the cycle’s dates are always its task’s.',
			tags: ['testing'],
			params: P,
			body: 'CreateTestCycle',
			ok: { status: 201, schema: 'TestCycle', description: 'Created' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	[`${base}/{cycleId}`]: {
		get: operation({
			operationId: 'getTestCycle',
			summary: 'One test cycle with its dates, environment, entry and exit criteria and testers',
			tags: ['testing'],
			params: PC,
			ok: { status: 200, schema: 'TestCycle', description: 'The cycle' },
			errors: [401, 404]
		}),
		patch: operation({
			operationId: 'updateTestCycle',
			summary:
				'Edit a cycle (project managers) or move its status planned → running → closed, over the version you read',
			description:
				'A stale `version` is refused with 409; `error.current` carries the cycle as it is now. Closing records who and when. A closed cycle refuses every change (422 naming `status`) except `status: running`, which reopens it.',
			tags: ['testing'],
			params: PC,
			body: 'UpdateTestCycle',
			ok: { status: 200, schema: 'TestCycle', description: 'Updated' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	[`${base}/{cycleId}/data-needs`]: {
		get: operation({
			operationId: 'listTestDataNeeds',
			summary:
				'The client data the cycle needs, each with its delivery task, promised date and state (late when overdue)',
			tags: ['testing'],
			params: PC,
			ok: { status: 200, schema: 'TestDataNeedList', description: 'The cycle’s data needs' },
			errors: [401, 404]
		}),
		post: operation({
			operationId: 'createTestDataNeed',
			summary: 'Record client data the cycle needs (members of either side)',
			description:
				'`taskId` left out links the plan’s “client supplies test data” task; `null` links none and needs `promisedOn`; another project’s task is 404. `createTask: true` (project managers) adds a client task to the testing phase finishing on `promisedOn`. Only client members may give `deliveredOn` (403).',
			tags: ['testing'],
			params: PC,
			body: 'CreateTestDataNeed',
			ok: { status: 201, schema: 'TestDataNeed', description: 'Created' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	[`${base}/{cycleId}/data-needs/{needId}`]: {
		patch: operation({
			operationId: 'updateTestDataNeed',
			summary: 'Edit a data need or record its delivery (client members), over the version you read',
			description: 'A stale `version` is refused with 409 carrying the need as it is now in `error.current`.',
			tags: ['testing'],
			params: PN,
			body: 'UpdateTestDataNeed',
			ok: { status: 200, schema: 'TestDataNeed', description: 'Updated' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	[`${base}/{cycleId}/data-source`]: {
		post: operation({
			operationId: 'switchTestDataSource',
			summary:
				'Switch planned cases to vendor simulated data (while client data is late) or back to client real data',
			description:
				'`caseIds` (cases planned into the cycle) and/or `allNotRun`. `source: simulated` is for vendor members only (403 naming `source`), needs a `reason` (422) and at least one late data need of the cycle (422 naming `source`). Switching back to `real` is open to either side at any time. A closed cycle refuses (422 naming `status`); another project’s case is 404.',
			tags: ['testing'],
			params: PC,
			body: 'SwitchTestDataSource',
			ok: { status: 200, schema: 'TestDataSourceResult', description: 'Switched' },
			errors: [400, 401, 403, 404, 422]
		})
	}
};
