import { json } from '@sveltejs/kit';
import { updateTestCaseSchema } from '$lib/schemas/test-cases';
import { actorOf } from '$lib/server/access';
import { body, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { notFound } from '$lib/server/errors';
import { rowInProject } from '$lib/server/repo/project-rows';
import { deleteTestCase, getTestCase, updateTestCase } from '$lib/server/services/test-cases';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	return json(await getTestCase(db(), project.id, event.params.caseId ?? ''));
});

/** A stale version answers 409 with the case as it is now in `error.current`. */
export const PATCH = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { write: true });
	const id = event.params.caseId ?? '';
	// Another project's case is missing before its body is read.
	if (!(await rowInProject(db(), 'test_cases', project.id, id))) throw notFound();
	const input = await body(event, updateTestCaseSchema);
	return json(await updateTestCase(db(), actorOf(event), project.id, id, input));
});

export const DELETE = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { write: true });
	await deleteTestCase(db(), actorOf(event), project.id, event.params.caseId ?? '');
	return new Response(null, { status: 204 });
});
