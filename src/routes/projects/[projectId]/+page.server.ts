import { db } from '$lib/server/app';
import { loadDashboard } from '$lib/server/repo/dashboard';
import { listMembers } from '$lib/server/repo/members';
import { overdueReviews } from '$lib/server/services/signoff/queue';
import { loadGettingStarted } from '$lib/server/services/getting-started';
import { loadRegisterDashboard } from '$lib/server/services/register-views';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { project } = await parent();
	const [members, dashboard, reviews, gettingStarted, register] = await Promise.all([
		listMembers(db(), project.id),
		loadDashboard(db(), project.id),
		overdueReviews(db(), project.id),
		loadGettingStarted(db(), project),
		loadRegisterDashboard(db(), project)
	]);
	return { members, dashboard, overdueReviews: reviews, gettingStarted, register };
};
