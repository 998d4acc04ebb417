import { CUSTOMISATION_LIST_QUERY } from '../customisation-schemas';
import { operation, P } from './operation';

const PC = ['projectId', 'customisationId'];

export const customisationPaths = {
	'/projects/{projectId}/customisations': {
		get: operation({
			operationId: 'listCustomisations',
			summary:
				'The customisation list (定制开发清单) by number, 50 a page, with estimate totals by status and type',
			description:
				'An unknown status or type, or a page that is not a positive integer, is refused with 422 naming it.',
			tags: ['design'],
			params: P,
			query: CUSTOMISATION_LIST_QUERY,
			ok: { status: 200, schema: 'CustomisationPage', description: 'One page of customisations' },
			errors: [401, 404, 422]
		}),
		post: operation({
			operationId: 'createCustomisation',
			summary: 'Add a customisation (CU-001 …); it starts 待设计',
			description:
				'`requirementIds` must be requirements of the project (404 naming `requirementIds` otherwise); the developer must be a member (422 on developerMemberId); the estimate is more than 0 and at most 999 person-days; at most 20 systems.',
			tags: ['design'],
			params: P,
			body: 'CreateCustomisation',
			ok: { status: 201, schema: 'Customisation', description: 'Created' },
			errors: [400, 401, 404, 409, 422]
		})
	},
	'/projects/{projectId}/customisations/{customisationId}': {
		get: operation({
			operationId: 'getCustomisation',
			summary: 'One customisation with its requirements and the plan task that builds it',
			tags: ['design'],
			params: PC,
			ok: { status: 200, schema: 'Customisation', description: 'The customisation' },
			errors: [401, 404]
		}),
		patch: operation({
			operationId: 'updateCustomisation',
			summary: 'Edit a customisation over the version you read, or move its status',
			description:
				'Status moves follow 待设计 → 设计中 → 开发中 → 待测试 → 已完成 (a step back for rework, 已取消 from any, 已完成 reopens to 待测试); another move is 422 on status. `requirementIds` replaces the links. A stale `version` is 409 with `error.current`. When a project manager edits, the build task follows in the same transaction: a new estimate resizes it, a cancellation takes it out of the plan if it has not started; anyone else’s edit leaves the plan alone and `taskDrift` says what is out of line.',
			tags: ['design'],
			params: PC,
			body: 'UpdateCustomisation',
			ok: { status: 200, schema: 'Customisation', description: 'Updated' },
			errors: [400, 401, 404, 409, 422]
		})
	},
	'/projects/{projectId}/customisations/{customisationId}/task': {
		post: operation({
			operationId: 'createCustomisationTask',
			summary: 'Create the plan task that builds the customisation (project managers only)',
			description:
				'One task in the redesign phase under 二次设计与开发, finish-to-start after 确定定制开发清单 when the plan has it, named 定制开发：CU-001 …, lasting the estimate rounded up in working days, owned by the customisation’s side and assigned to its developer. A second task, a cancelled customisation or a plan without the redesign phase is 409; no estimate is 422 on estimateDays.',
			tags: ['design', 'plans'],
			params: PC,
			ok: { status: 201, schema: 'Customisation', description: 'The customisation with its task' },
			errors: [401, 403, 404, 409, 422]
		})
	}
};
