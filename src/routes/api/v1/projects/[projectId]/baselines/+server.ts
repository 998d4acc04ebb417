import { json } from '@sveltejs/kit';
import { planBaselineSchema } from '$lib/schemas/plan';
import { actorOf } from '$lib/server/access';
import { body, created, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { listPlanBaselines } from '$lib/server/repo/plan-baselines';
import { createPlanBaseline } from '$lib/server/services/plan/baselines';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	return json({ baselines: await listPlanBaselines(db(), project.id) });
});

export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { manage: true, write: true });
	const { name } = await body(event, planBaselineSchema);
	const baseline = await createPlanBaseline(db(), actorOf(event), project.id, name);
	return created(baseline, `/api/v1/projects/${project.id}/baselines/${baseline.id}/compare`);
});
