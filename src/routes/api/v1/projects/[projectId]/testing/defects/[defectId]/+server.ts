import { json } from '@sveltejs/kit';
import { updateDefectSchema } from '$lib/schemas/defects';
import { actorOf } from '$lib/server/access';
import { body, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { notFound } from '$lib/server/errors';
import { rowInProject } from '$lib/server/repo/project-rows';
import { updateDefect } from '$lib/server/services/defect-moves';
import { getDefect } from '$lib/server/services/defects';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	return json(await getDefect(db(), project.id, event.params.defectId ?? ''));
});

/** A stale version answers 409 with the defect as it is now in `error.current`. */
export const PATCH = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { write: true });
	const id = event.params.defectId ?? '';
	// Another project's defect is missing before its body is read.
	if (!(await rowInProject(db(), 'defects', project.id, id))) throw notFound();
	const input = await body(event, updateDefectSchema);
	return json(await updateDefect(db(), actorOf(event), project.id, id, input));
});
