import { json } from '@sveltejs/kit';
import { actorOf } from '$lib/server/access';
import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { deleteDependency } from '$lib/server/services/plan/dependencies';

export const DELETE = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { manage: true, write: true });
	const moved = await deleteDependency(db(), actorOf(event), project.id, event.params.dependencyId ?? '');
	return json({ movedTaskIds: moved });
});
