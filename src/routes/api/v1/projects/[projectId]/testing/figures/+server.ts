import { json } from '@sveltejs/kit';
import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { testFiguresReport } from '$lib/server/services/test-figures';

// getTestFigures: overall and every cycle, or one cycle (?cycleId=; another project's cycle is 404).
export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const cycleId = event.url.searchParams.get('cycleId') || null;
	return json(await testFiguresReport(db(), project.id, cycleId));
});
