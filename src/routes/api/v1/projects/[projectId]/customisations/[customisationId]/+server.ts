import { json } from '@sveltejs/kit';
import { updateCustomisationSchema } from '$lib/schemas/customisations';
import { actorOf } from '$lib/server/access';
import { body, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { notFound } from '$lib/server/errors';
import { designRowInProject } from '$lib/server/repo/design-refs';
import { getCustomisation, updateCustomisation } from '$lib/server/services/customisations';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	return json(await getCustomisation(db(), project.id, event.params.customisationId ?? ''));
});

/**
 * A stale version answers 409 with the customisation as it is now in `error.current`. A project manager's edit
 * also brings the build task in line (resized to the estimate; out of the plan when cancelled before it started).
 */
export const PATCH = apiHandler(async (event) => {
	const { project, canManage } = await projectAccess(event, { write: true });
	const id = event.params.customisationId ?? '';
	// Another project's customisation is missing, whatever the body holds.
	if (!(await designRowInProject(db(), 'customisations', project.id, id))) throw notFound();
	const input = await body(event, updateCustomisationSchema);
	return json(
		await updateCustomisation(db(), actorOf(event), project.id, id, input, { planManager: canManage })
	);
});
