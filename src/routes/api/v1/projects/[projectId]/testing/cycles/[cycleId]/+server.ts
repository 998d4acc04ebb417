import { json } from '@sveltejs/kit';
import { updateTestCycleSchema } from '$lib/schemas/test-cycles';
import { actorOf } from '$lib/server/access';
import { body, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { notFound } from '$lib/server/errors';
import { rowInProject } from '$lib/server/repo/project-rows';
import { getTestCycle, updateTestCycle } from '$lib/server/services/test-cycles';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	return json(await getTestCycle(db(), project.id, event.params.cycleId ?? ''));
});

/** A stale version answers 409 with the cycle as it is now in `error.current`. */
export const PATCH = apiHandler(async (event) => {
	const { project, member } = await projectAccess(event, { write: true });
	const id = event.params.cycleId ?? '';
	// Another project's cycle is missing before its body is read or the caller's role is weighed.
	if (!(await rowInProject(db(), 'test_cycles', project.id, id))) throw notFound();
	const input = await body(event, updateTestCycleSchema);
	return json(await updateTestCycle(db(), actorOf(event), member, project.id, id, input));
});
