import { json } from '@sveltejs/kit';
import { recordValidationSchema } from '$lib/schemas/validations';
import { actorOf } from '$lib/server/access';
import { body, created, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { notFound } from '$lib/server/errors';
import { designRowInProject } from '$lib/server/repo/design-refs';
import { listValidations, recordValidation } from '$lib/server/services/process-validations';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	return json(await listValidations(db(), project.id, event.params.processId ?? ''));
});

export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { write: true });
	const processId = event.params.processId ?? '';
	// Another project's process answers 404 before the body is read.
	if (!(await designRowInProject(db(), 'processes', project.id, processId))) throw notFound();
	const input = await body(event, recordValidationSchema);
	const validation = await recordValidation(db(), actorOf(event), project.id, processId, input);
	return created(validation, `/api/v1/projects/${project.id}/processes/${processId}/validations`);
});
