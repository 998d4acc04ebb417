import { json } from '@sveltejs/kit';
import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { verifyIntegrity } from '$lib/server/services/signoff/integrity';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	return json(await verifyIntegrity(db(), project.id));
});
