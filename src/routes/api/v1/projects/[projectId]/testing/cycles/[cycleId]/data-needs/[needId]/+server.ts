import { json } from '@sveltejs/kit';
import { updateTestDataNeedSchema } from '$lib/schemas/test-cycles';
import { actorOf } from '$lib/server/access';
import { body, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { notFound } from '$lib/server/errors';
import { rowInProject } from '$lib/server/repo/project-rows';
import { updateTestDataNeed } from '$lib/server/services/test-data-needs';

/** A stale version answers 409 with the need as it is now in `error.current`. */
export const PATCH = apiHandler(async (event) => {
	const { project, member } = await projectAccess(event, { write: true });
	const cycleId = event.params.cycleId ?? '';
	const needId = event.params.needId ?? '';
	if (!(await rowInProject(db(), 'test_data_needs', project.id, needId))) throw notFound();
	const input = await body(event, updateTestDataNeedSchema);
	return json(await updateTestDataNeed(db(), actorOf(event), member, project.id, cycleId, needId, input));
});
