import { json } from '@sveltejs/kit';
import { createTaskSchema } from '$lib/schemas/tasks';
import { actorOf } from '$lib/server/access';
import { body, created, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { taskJson } from '$lib/server/api/serialize';
import { db } from '$lib/server/app';
import { createTask, listTasks } from '$lib/server/repo/tasks';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const phaseId = event.url.searchParams.get('phaseId') ?? undefined;
	return json({ tasks: (await listTasks(db(), project.id, { phaseId })).map(taskJson) });
});

export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { manage: true, write: true });
	const task = await createTask(db(), actorOf(event), project.id, await body(event, createTaskSchema));
	return created(taskJson(task), `/api/v1/projects/${project.id}/tasks/${task.id}`);
});
