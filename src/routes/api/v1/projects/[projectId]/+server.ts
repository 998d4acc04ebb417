import { json } from '@sveltejs/kit';
import { updateProjectSchema } from '$lib/schemas/project';
import { actorOf } from '$lib/server/access';
import { body, projectAccess } from '$lib/server/api/handlers';
import { apiHandler, remapCurrent } from '$lib/server/api/respond';
import { projectJson } from '$lib/server/api/serialize';
import { db } from '$lib/server/app';
import { updateProject } from '$lib/server/services/projects';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	return json(projectJson(project));
});

export const PATCH = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { manage: true });
	const input = await body(event, updateProjectSchema);
	// An archived project is read-only apart from being restored.
	if (project.status === 'archived' && input.status !== 'active')
		await projectAccess(event, { manage: true, write: true });
	try {
		return json(projectJson(await updateProject(db(), actorOf(event), project.id, input)));
	} catch (e) {
		throw remapCurrent(e, projectJson);
	}
});
