import { actorOf } from '$lib/server/access';
import { created, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { createCustomisationTask } from '$lib/server/services/customisations';

/** Creates the plan task that builds the customisation (the plan is the managers'); a second request is 409. */
export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { write: true, manage: true });
	const item = await createCustomisationTask(
		db(),
		actorOf(event),
		project.id,
		event.params.customisationId ?? ''
	);
	return created(item, `/api/v1/projects/${project.id}/tasks/${item.taskId}`);
});
