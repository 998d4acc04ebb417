import { json } from '@sveltejs/kit';
import { createTestDataNeedSchema } from '$lib/schemas/test-cycles';
import { actorOf } from '$lib/server/access';
import { body, created, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { notFound } from '$lib/server/errors';
import { rowInProject } from '$lib/server/repo/project-rows';
import { createTestDataNeed, listTestDataNeeds } from '$lib/server/services/test-data-needs';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	return json({ items: await listTestDataNeeds(db(), project.id, event.params.cycleId ?? '') });
});

export const POST = apiHandler(async (event) => {
	const { project, member } = await projectAccess(event, { write: true });
	const cycleId = event.params.cycleId ?? '';
	if (!(await rowInProject(db(), 'test_cycles', project.id, cycleId))) throw notFound();
	const input = await body(event, createTestDataNeedSchema);
	const need = await createTestDataNeed(db(), actorOf(event), member, project.id, cycleId, input);
	return created(need, `/api/v1/projects/${project.id}/testing/cycles/${cycleId}/data-needs/${need.id}`);
});
