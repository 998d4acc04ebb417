import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { updateTaskSchema } from '$lib/schemas/tasks';
import { version } from '$lib/schemas/common';
import { actorOf } from '$lib/server/access';
import { body, projectAccess } from '$lib/server/api/handlers';
import { apiHandler, remapCurrent } from '$lib/server/api/respond';
import { taskJson } from '$lib/server/api/serialize';
import { db } from '$lib/server/app';
import { canEditTask } from '$lib/server/task-access';
import { getTask } from '$lib/server/repo/tasks';
import { deleteTask, editTask } from '$lib/server/services/plan/tasks';
import { computeSchedule } from '$lib/server/repo/schedule';
import type { TaskView } from '$lib/phases/task-model';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const task = await getTask(db(), project.id, event.params.taskId ?? '');
	return json(taskJson(task, (await computeSchedule(db(), project.id)).tasks.get(task.id)));
});

export const PATCH = apiHandler(async (event) => {
	const access = await projectAccess(event, { write: true });
	const input = await body(event, updateTaskSchema);
	try {
		const { task, schedule } = await editTask(
			db(),
			actorOf(event),
			access.project.id,
			event.params.taskId ?? '',
			input,
			(current) => canEditTask(access, current, input)
		);
		return json(taskJson(task, schedule.tasks.get(task.id)));
	} catch (e) {
		throw remapCurrent(e, (t: TaskView) => taskJson(t));
	}
});

const deleteQuery = z.object({ version: version.optional() });

export const DELETE = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { manage: true, write: true });
	const q = deleteQuery.safeParse({ version: event.url.searchParams.get('version') ?? undefined });
	try {
		await deleteTask(
			db(),
			actorOf(event),
			project.id,
			event.params.taskId ?? '',
			q.success ? q.data.version : undefined
		);
	} catch (e) {
		throw remapCurrent(e, (t: TaskView) => taskJson(t));
	}
	return new Response(null, { status: 204 });
});
