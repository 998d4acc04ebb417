import { json } from '@sveltejs/kit';
import { createTaskSchema } from '$lib/schemas/tasks';
import { actorOf } from '$lib/server/access';
import { body, created, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { taskJson } from '$lib/server/api/serialize';
import { computeSchedule } from '$lib/server/repo/schedule';
import { db } from '$lib/server/app';
import { listTasks } from '$lib/server/repo/tasks';
import { addTask } from '$lib/server/services/plan/tasks';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const phaseId = event.url.searchParams.get('phaseId') ?? undefined;
	const [tasks, plan] = await Promise.all([
		listTasks(db(), project.id, { phaseId }),
		computeSchedule(db(), project.id)
	]);
	return json({ tasks: tasks.map((t) => taskJson(t, plan.tasks.get(t.id))) });
});

export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { manage: true, write: true });
	const { task, schedule } = await addTask(
		db(),
		actorOf(event),
		project.id,
		await body(event, createTaskSchema)
	);
	return created(
		taskJson(task, schedule.tasks.get(task.id)),
		`/api/v1/projects/${project.id}/tasks/${task.id}`
	);
});
