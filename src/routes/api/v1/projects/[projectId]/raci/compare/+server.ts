import { json } from '@sveltejs/kit';
import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { compareRaci } from '$lib/server/repo/raci-baselines';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const from = event.url.searchParams.get('from') || 'current';
	const to = event.url.searchParams.get('to') || 'current';
	return json({ from, to, changes: await compareRaci(db(), project.id, from, to) });
});
