import { json } from '@sveltejs/kit';
import { stepsFromDiagramSchema } from '$lib/schemas/diagrams';
import { actorOf } from '$lib/server/access';
import { body, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { requireProcessInProject, stepsFromDiagram } from '$lib/server/services/process-diagrams';

export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { write: true });
	const processId = event.params.processId ?? '';
	await requireProcessInProject(db(), project.id, processId);
	const input = await body(event, stepsFromDiagramSchema);
	return json(await stepsFromDiagram(db(), actorOf(event), project.id, processId, input.versionNumber));
});
