import { json } from '@sveltejs/kit';
import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { getDiagramVersions } from '$lib/server/services/process-diagrams';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	return json({ versions: await getDiagramVersions(db(), project.id, event.params.processId ?? '') });
});
