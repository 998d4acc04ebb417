import { json } from '@sveltejs/kit';
import { rescheduleSchema } from '$lib/schemas/plan';
import { actorOf } from '$lib/server/access';
import { body, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { taskJson } from '$lib/server/api/serialize';
import { db } from '$lib/server/app';
import { rescheduleTask } from '$lib/server/services/plan/dependencies';
import { computeSchedule } from '$lib/server/repo/schedule';
import { listTasks } from '$lib/server/repo/tasks';

// A Gantt drag: the server validates, recomputes and persists in one transaction, then returns every task
// whose dates moved so the chart can redraw them.
export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { manage: true, write: true });
	const input = await body(event, rescheduleSchema);
	const taskId = event.params.taskId ?? '';
	const { moved } = await rescheduleTask(db(), actorOf(event), project.id, taskId, input);
	const ids = new Set([taskId, ...moved]);
	const [tasks, plan] = await Promise.all([listTasks(db(), project.id), computeSchedule(db(), project.id)]);
	return json({ tasks: tasks.filter((t) => ids.has(t.id)).map((t) => taskJson(t, plan.tasks.get(t.id))) });
});
