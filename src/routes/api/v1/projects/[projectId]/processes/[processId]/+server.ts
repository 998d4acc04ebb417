import { json } from '@sveltejs/kit';
import { updateProcessSchema } from '$lib/schemas/processes';
import { actorOf } from '$lib/server/access';
import { body, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { notFound } from '$lib/server/errors';
import { designRowInProject } from '$lib/server/repo/design-refs';
import { getProcess, updateProcess } from '$lib/server/services/processes';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	return json(await getProcess(db(), project.id, event.params.processId ?? ''));
});

/** Another project's process is a 404 before the body is read; a stale version answers 409 with it now. */
export const PATCH = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { write: true });
	const id = event.params.processId ?? '';
	if (!(await designRowInProject(db(), 'processes', project.id, id))) throw notFound();
	const input = await body(event, updateProcessSchema);
	return json(await updateProcess(db(), actorOf(event), project.id, id, input));
});
