import { operation, P } from './operation';
import { MSPDI_LIMIT_NOTE } from './notes';

export const planPaths = {
	'/projects/{projectId}/schedule': {
		get: operation({
			operationId: 'getSchedule',
			summary: 'The computed plan: every task’s early and late dates, slack and criticality',
			tags: ['plans'],
			params: P,
			ok: { status: 200, schema: 'Schedule', description: 'The schedule' },
			errors: [401, 404, 409]
		})
	},
	'/projects/{projectId}/dependencies': {
		get: operation({
			operationId: 'listDependencies',
			summary: 'Every link between tasks',
			tags: ['plans'],
			params: P,
			ok: { status: 200, schema: 'DependencyList', description: 'Links' },
			errors: [401, 404]
		}),
		post: operation({
			operationId: 'createDependency',
			summary: 'Link two tasks (FS/SS/FF/SF, lag in working days); the plan is recomputed',
			tags: ['plans'],
			params: P,
			body: 'CreateDependency',
			ok: { status: 201, schema: 'CreatedDependency', description: 'Created, with the tasks that moved' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/dependencies/{dependencyId}': {
		delete: operation({
			operationId: 'deleteDependency',
			summary: 'Remove a link; the plan is recomputed',
			tags: ['plans'],
			params: ['projectId', 'dependencyId'],
			ok: { status: 200, schema: 'Moved', description: 'Removed, with the tasks that moved' },
			errors: [401, 403, 404, 409]
		})
	},
	'/projects/{projectId}/tasks/{taskId}/reschedule': {
		post: operation({
			operationId: 'rescheduleTask',
			summary: 'Move a task (a Gantt drag): validated, recomputed and saved in one transaction',
			tags: ['plans'],
			params: ['projectId', 'taskId'],
			body: 'RescheduleTask',
			ok: { status: 200, schema: 'RescheduleResult', description: 'Every task whose dates changed' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/tasks/export.csv': {
		get: operation({
			operationId: 'exportTasksCsv',
			summary: 'The plan as CSV (UTF-8 with BOM, for Excel)',
			tags: ['plans'],
			params: P,
			ok: { status: 200, description: 'CSV', mediaType: 'text/csv' },
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/calendar': {
		get: operation({
			operationId: 'getCalendar',
			summary: 'The working calendar the project schedules on',
			tags: ['plans'],
			params: P,
			ok: { status: 200, schema: 'Calendar', description: 'The calendar' },
			errors: [401, 404]
		}),
		put: operation({
			operationId: 'updateCalendar',
			summary: 'Choose the project’s calendar (Chinese statutory or plain weekdays); the plan is re-dated',
			tags: ['plans'],
			params: P,
			body: 'UpdateCalendar',
			ok: { status: 200, schema: 'Calendar', description: 'The calendar now in use' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/baselines': {
		get: operation({
			operationId: 'listBaselines',
			summary: 'Saved plan baselines, newest first',
			tags: ['plans'],
			params: P,
			ok: { status: 200, schema: 'PlanBaselineList', description: 'Baselines' },
			errors: [401, 404]
		}),
		post: operation({
			operationId: 'createBaseline',
			summary: 'Save every task’s planned dates under a name',
			tags: ['plans'],
			params: P,
			body: 'CreateBaseline',
			ok: { status: 201, schema: 'PlanBaseline', description: 'Saved' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/baselines/{baselineId}/compare': {
		get: operation({
			operationId: 'compareBaseline',
			summary: 'Start and finish variance in working days per task against a baseline; slipped tasks listed',
			tags: ['plans'],
			params: ['projectId', 'baselineId'],
			ok: { status: 200, schema: 'BaselineComparison', description: 'Variances' },
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/mspdi': {
		get: operation({
			operationId: 'exportMspdi',
			summary: 'The plan as MS Project XML (MSPDI) that the Project 2013 schema accepts',
			tags: ['plans'],
			params: P,
			ok: { status: 200, description: 'MSPDI', mediaType: 'application/xml' },
			errors: [401, 404]
		}),
		post: operation({
			operationId: 'importMspdi',
			summary: 'Import an MS Project XML file (multipart field `file`) as a new phase',
			description: MSPDI_LIMIT_NOTE,
			tags: ['plans'],
			params: P,
			upload: 'file',
			ok: { status: 201, schema: 'MspdiImportResult', description: 'Imported' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	}
};
