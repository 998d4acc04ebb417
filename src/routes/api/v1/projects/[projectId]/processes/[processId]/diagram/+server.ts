import { json } from '@sveltejs/kit';
import { saveDiagramSchema } from '$lib/schemas/diagrams';
import { actorOf } from '$lib/server/access';
import { body, created, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import {
	getProcessDiagram,
	requireProcessInProject,
	saveProcessDiagram
} from '$lib/server/services/process-diagrams';
import { versionParam } from '$lib/design/diagrams';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const processId = event.params.processId ?? '';
	return json(await getProcessDiagram(db(), project.id, processId, versionParam(event.url)));
});

export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { write: true });
	const processId = event.params.processId ?? '';
	await requireProcessInProject(db(), project.id, processId);
	const input = await body(event, saveDiagramSchema);
	const saved = await saveProcessDiagram(db(), actorOf(event), project.id, processId, input);
	return created(
		saved,
		`/api/v1/projects/${project.id}/processes/${processId}/diagram?version=${saved.versionNumber}`
	);
});
