import { json } from '@sveltejs/kit';
import { dependencySchema } from '$lib/schemas/plan';
import { actorOf } from '$lib/server/access';
import { body, created, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { listDependencies } from '$lib/server/repo/dependencies';
import { createDependency } from '$lib/server/services/plan/dependencies';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	return json({ dependencies: await listDependencies(db(), project.id) });
});

export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { manage: true, write: true });
	const input = await body(event, dependencySchema);
	const { dependency, moved } = await createDependency(db(), actorOf(event), project.id, input);
	return created(
		{ ...dependency, movedTaskIds: moved },
		`/api/v1/projects/${project.id}/dependencies/${dependency.id}`
	);
});
