import { db } from '$lib/server/app';
import { loadDashboard } from '$lib/server/repo/dashboard';
import { listMembers } from '$lib/server/repo/members';
import { overdueReviews } from '$lib/server/services/signoff/queue';
import { loadGettingStarted } from '$lib/server/services/getting-started';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { project } = await parent();
	const [members, dashboard, reviews, gettingStarted] = await Promise.all([
		listMembers(db(), project.id),
		loadDashboard(db(), project.id),
		overdueReviews(db(), project.id),
		loadGettingStarted(db(), project)
	]);
	return { members, dashboard, overdueReviews: reviews, gettingStarted };
};
