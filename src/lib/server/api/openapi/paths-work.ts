import { operation, P } from './operation';
import { TASK_LIMIT_NOTE } from './notes';

export const workPaths = {
	'/projects/{projectId}/phases': {
		get: operation({
			operationId: 'listPhases',
			summary: "A project's phases in order, with gate checklist counts",
			tags: ['methodology'],
			params: P,
			ok: { status: 200, schema: 'PhaseList', description: 'Phases' },
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/phases/{phaseId}': {
		get: operation({
			operationId: 'getPhase',
			summary:
				'One phase with its tasks, deliverables, gate checklist, waivers and the gate computed from the project data',
			tags: ['methodology'],
			params: ['projectId', 'phaseId'],
			ok: { status: 200, schema: 'PhaseDetail', description: 'The phase' },
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/tasks': {
		get: operation({
			operationId: 'listTasks',
			summary: 'Every task in WBS order',
			tags: ['methodology'],
			params: P,
			query: { phaseId: { type: 'string' } },
			ok: { status: 200, schema: 'TaskList', description: 'Tasks' },
			errors: [401, 404]
		}),
		post: operation({
			operationId: 'createTask',
			summary: 'Create a task or subtask (project managers)',
			description: TASK_LIMIT_NOTE,
			tags: ['methodology'],
			params: P,
			body: 'CreateTask',
			ok: { status: 201, schema: 'Task', description: 'Created' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/tasks/{taskId}': {
		get: operation({
			operationId: 'getTask',
			summary: 'One task',
			tags: ['methodology'],
			params: ['projectId', 'taskId'],
			ok: { status: 200, schema: 'Task', description: 'The task' },
			errors: [401, 404]
		}),
		patch: operation({
			operationId: 'updateTask',
			summary: 'Edit a task over the version you read; managers edit the plan, assignees report progress',
			description:
				'Progress and status of a summary task (rolledUp) are computed from its subtasks: sending values other than the ones shown is refused with 422 on that field. A gate task (gateTask) cannot be set to done before its phase’s gate passes, nor changed after (422 on status).',
			tags: ['methodology'],
			params: ['projectId', 'taskId'],
			body: 'UpdateTask',
			ok: { status: 200, schema: 'Task', description: 'Updated' },
			errors: [400, 401, 403, 404, 409, 422]
		}),
		delete: operation({
			operationId: 'deleteTask',
			summary: 'Delete a task and its subtasks (refused once work has started)',
			tags: ['methodology'],
			params: ['projectId', 'taskId'],
			query: { version: { type: 'integer' } },
			ok: { status: 204, description: 'Deleted' },
			errors: [401, 403, 404, 409]
		})
	},
	'/projects/{projectId}/readiness': {
		get: operation({
			operationId: 'getReadiness',
			summary: 'The readiness assessment: factors, index, per-side views and raised risks',
			tags: ['methodology'],
			params: P,
			ok: { status: 200, schema: 'Readiness', description: 'The assessment' },
			errors: [401, 404]
		}),
		put: operation({
			operationId: 'saveReadinessScores',
			summary: "Save the caller's 1–5 scores for their own side",
			tags: ['methodology'],
			params: P,
			body: 'SaveReadinessScores',
			ok: { status: 200, schema: 'Readiness', description: 'The updated assessment' },
			errors: [400, 401, 404, 409, 422]
		})
	},
	'/projects/{projectId}/dashboard': {
		get: operation({
			operationId: 'getDashboard',
			summary: "The project's health at a glance",
			tags: ['methodology'],
			params: P,
			ok: { status: 200, schema: 'Dashboard', description: 'Dashboard' },
			errors: [401, 404]
		})
	}
};
