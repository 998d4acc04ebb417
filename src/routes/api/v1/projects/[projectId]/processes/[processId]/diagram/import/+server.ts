import { actorOf } from '$lib/server/access';
import { created, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { readBpmnUpload } from '$lib/server/interchange/bpmn-upload';
import { importProcessBpmn, requireProcessInProject } from '$lib/server/services/process-diagrams';

export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { write: true });
	const processId = event.params.processId ?? '';
	await requireProcessInProject(db(), project.id, processId);
	const file = await readBpmnUpload(event.request);
	const saved = await importProcessBpmn(db(), actorOf(event), project.id, processId, file);
	return created(
		saved,
		`/api/v1/projects/${project.id}/processes/${processId}/diagram?version=${saved.versionNumber}`
	);
});
