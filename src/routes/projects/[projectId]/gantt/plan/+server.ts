import { json } from '@sveltejs/kit';
import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { readGanttPlan } from '$lib/server/gantt-plan';

/** The whole plan for the Gantt page, fetched after its first screen is drawn (see ../+page.server.ts). */
export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	return json(await readGanttPlan(db(), project.id, event.url.searchParams.get('baseline') ?? ''));
});
