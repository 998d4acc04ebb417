import { json } from '@sveltejs/kit';
import { updateRequirementSchema } from '$lib/schemas/requirements';
import { actorOf } from '$lib/server/access';
import { body, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { notFound } from '$lib/server/errors';
import { designRowInProject } from '$lib/server/repo/design-refs';
import { getRequirement, updateRequirement } from '$lib/server/services/requirements';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	return json(await getRequirement(db(), project.id, event.params.requirementId ?? ''));
});

/** A stale version answers 409 with the requirement as it is now in `error.current`. */
export const PATCH = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { write: true });
	const id = event.params.requirementId ?? '';
	// Another project's requirement is missing before its body is read.
	if (!(await designRowInProject(db(), 'requirements', project.id, id))) throw notFound();
	const input = await body(event, updateRequirementSchema);
	return json(await updateRequirement(db(), actorOf(event), project.id, id, input));
});
