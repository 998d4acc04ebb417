import { json } from '@sveltejs/kit';
import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { listPendingSideRequests } from '$lib/server/repo/side-requests';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	return json({ requests: await listPendingSideRequests(db(), project.id) });
});
