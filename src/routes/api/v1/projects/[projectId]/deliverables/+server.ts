import { json } from '@sveltejs/kit';
import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { listDeliverablesWithReview } from '$lib/server/services/deliverables';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	return json({
		deliverables: await listDeliverablesWithReview(
			db(),
			project.id,
			event.url.searchParams.get('phaseId') ?? undefined
		)
	});
});
