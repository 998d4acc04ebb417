import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { fileResponse } from '$lib/server/upload';
import { versionFile } from '$lib/server/repo/deliverable-versions';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	return fileResponse(await versionFile(db(), project.id, event.params.versionId ?? ''));
});
