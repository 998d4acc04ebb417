import { json } from '@sveltejs/kit';
import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { loadDashboard } from '$lib/server/services/dashboard';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	return json(await loadDashboard(db(), project.id));
});
