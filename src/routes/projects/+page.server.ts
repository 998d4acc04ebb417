import { requireUser } from '$lib/server/access';
import { db } from '$lib/server/app';
import { listProjectsForUser } from '$lib/server/repo/projects';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const includeArchived = event.url.searchParams.get('archived') === '1';
	return { projects: await listProjectsForUser(db(), user.id, { includeArchived }), includeArchived };
};
