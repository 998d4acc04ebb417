import { versionParam } from '$lib/design/diagrams';
import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { bpmnResponse } from '$lib/server/interchange/bpmn-upload';
import { exportProcessBpmn } from '$lib/server/services/process-diagrams';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const file = await exportProcessBpmn(
		db(),
		project.id,
		event.params.processId ?? '',
		versionParam(event.url)
	);
	return bpmnResponse(file);
});
