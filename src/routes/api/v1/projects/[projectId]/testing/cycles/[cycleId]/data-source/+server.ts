import { json } from '@sveltejs/kit';
import { switchTestDataSourceSchema } from '$lib/schemas/test-cycles';
import { actorOf } from '$lib/server/access';
import { body, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { notFound } from '$lib/server/errors';
import { rowInProject } from '$lib/server/repo/project-rows';
import { switchTestDataSource } from '$lib/server/services/test-cycles';

/** 乙方 → simulated while a 甲方 data need is late (with a reason); either side → real at any time. */
export const POST = apiHandler(async (event) => {
	const { project, member } = await projectAccess(event, { write: true });
	const cycleId = event.params.cycleId ?? '';
	if (!(await rowInProject(db(), 'test_cycles', project.id, cycleId))) throw notFound();
	const input = await body(event, switchTestDataSourceSchema);
	return json(await switchTestDataSource(db(), actorOf(event), member, project.id, cycleId, input));
});
