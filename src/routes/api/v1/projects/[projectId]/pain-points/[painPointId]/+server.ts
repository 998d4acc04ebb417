import { json } from '@sveltejs/kit';
import { updatePainPointSchema } from '$lib/schemas/pain-points';
import { actorOf } from '$lib/server/access';
import { body, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { getPainPoint, updatePainPoint } from '$lib/server/services/pain-points';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	return json(await getPainPoint(db(), project.id, event.params.painPointId ?? ''));
});

/** A stale version answers 409 with the pain point as it is now in `error.current`. */
export const PATCH = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { write: true });
	// Another project's pain point is missing before anything in the body is read.
	const id = event.params.painPointId ?? '';
	await getPainPoint(db(), project.id, id);
	const input = await body(event, updatePainPointSchema);
	return json(await updatePainPoint(db(), actorOf(event), project.id, id, input));
});
