import { json } from '@sveltejs/kit';
import { projectAccess } from '$lib/server/api/handlers';
import { raciJson } from '$lib/server/api/raci-schemas';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { loadRaciMatrix } from '$lib/server/repo/raci';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const loaded = await loadRaciMatrix(db(), project.id);
	return json(raciJson(loaded));
});
