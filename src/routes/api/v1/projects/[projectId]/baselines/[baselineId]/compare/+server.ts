import { json } from '@sveltejs/kit';
import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { compareBaseline } from '$lib/server/repo/plan-baselines';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const tasks = await compareBaseline(db(), project.id, event.params.baselineId ?? '');
	return json({
		baselineId: event.params.baselineId,
		slipped: tasks.filter((t) => t.slipped).map((t) => t.id),
		tasks
	});
});
