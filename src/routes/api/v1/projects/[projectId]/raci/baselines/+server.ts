import { json } from '@sveltejs/kit';
import { raciBaselineSchema } from '$lib/schemas/raci';
import { actorOf } from '$lib/server/access';
import { body, created, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { baselineRaci } from '$lib/server/services/raci-baselines';
import { listRaciBaselines } from '$lib/server/repo/raci-baselines';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	return json({ baselines: await listRaciBaselines(db(), project.id) });
});

export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { manage: true, write: true });
	const { label } = await body(event, raciBaselineSchema);
	const baseline = await baselineRaci(db(), actorOf(event), project.id, label);
	return created(baseline, `/api/v1/projects/${project.id}/raci/baselines`);
});
