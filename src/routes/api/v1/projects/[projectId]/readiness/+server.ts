import { json } from '@sveltejs/kit';
import { readinessScoresSchema } from '$lib/schemas/tasks';
import { actorOf } from '$lib/server/access';
import { body, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { readinessJson } from '$lib/server/api/serialize';
import { db } from '$lib/server/app';
import { getReadiness } from '$lib/server/repo/readiness';
import { saveReadinessScores } from '$lib/server/services/readiness';

export const GET = apiHandler(async (event) => {
	const { project, member } = await projectAccess(event);
	return json(readinessJson(await getReadiness(db(), project.id, member)));
});

export const PUT = apiHandler(async (event) => {
	const { project, member } = await projectAccess(event, { write: true });
	const input = await body(event, readinessScoresSchema);
	return json(
		readinessJson(await saveReadinessScores(db(), actorOf(event), project.id, member, input.scores))
	);
});
