import { DEFECT_LIST_QUERY } from '../testing-defects-schemas';
import { operation, P } from './operation';

const PD = ['projectId', 'defectId'];

export const testingDefectPaths = {
	'/projects/{projectId}/testing/defects': {
		get: operation({
			operationId: 'listDefects',
			summary: 'The project’s defects, newest first, 50 a page, each with its age in working days',
			description:
				'Filters: `status`, `severity`, `ownerSide` (client/vendor), `cycle`, `customisation`, `open=1` (leave out closed, rejected and deferred ones). An unknown value is refused with 422 naming the parameter.',
			tags: ['testing'],
			params: P,
			query: DEFECT_LIST_QUERY,
			ok: { status: 200, schema: 'DefectPage', description: 'One page of defects' },
			errors: [401, 404, 422]
		}),
		post: operation({
			operationId: 'createDefect',
			summary: 'Raise a defect on a case planned into a cycle, optionally from a run and one of its steps',
			description:
				'`caseId` must be planned into `cycleId` (422 otherwise); `runId`/`runStepId` must be of that cycle and case; another project’s id is 404. The owner person must be a member of the owner side (default vendor). Without `customisationId` the case’s linked customisation is used when it has exactly one. Numbered DF-001 …; starts as 新建 (new).',
			tags: ['testing'],
			params: P,
			body: 'CreateDefect',
			ok: { status: 201, schema: 'Defect', description: 'Created' },
			errors: [400, 401, 404, 422]
		})
	},
	'/projects/{projectId}/testing/defects/{defectId}': {
		get: operation({
			operationId: 'getDefect',
			summary: 'One defect with where it was found, its retest, deferral decision, history and age',
			tags: ['testing'],
			params: PD,
			ok: { status: 200, schema: 'Defect', description: 'The defect' },
			errors: [401, 404]
		}),
		patch: operation({
			operationId: 'updateDefect',
			summary: 'Edit a defect or move its status, over the version you read',
			description:
				'A stale `version` is refused with 409 (`error.current` is the defect as it is now). `status` moves only along the workflow (新建 → 已确认 → 修复中 → 待复测 → 已关闭, 已拒绝, 延期, and reopening). 待复测 needs `resolution`; 已关闭 needs a passing run of the case at or after it went to 待复测 (422 on `status` otherwise) and is made by the side that does not own the defect or a manager, never by the person who sent it to retest for the owner side (403); 已拒绝 needs `rejectReason`; 延期 (managers only) needs `deferralItemId` of a register decision of the project (404 otherwise) or `createDecision: true` with `deferralReason`, which raises one. Confirming, fixing, sending to retest and rejecting are for the owner side or managers (403).',
			tags: ['testing'],
			params: PD,
			body: 'UpdateDefect',
			ok: { status: 200, schema: 'Defect', description: 'Updated' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	}
};
