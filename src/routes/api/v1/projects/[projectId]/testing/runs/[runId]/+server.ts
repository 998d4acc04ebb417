import { json } from '@sveltejs/kit';
import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { getTestRun } from '$lib/server/services/test-runs';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	return json(await getTestRun(db(), project.id, event.params.runId ?? ''));
});
