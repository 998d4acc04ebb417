import { json } from '@sveltejs/kit';
import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { getDesignCoverage } from '$lib/server/services/design-coverage';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	return json(await getDesignCoverage(db(), project.id));
});
