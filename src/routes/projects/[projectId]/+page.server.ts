import { db } from '$lib/server/app';
import { loadDashboard } from '$lib/server/repo/dashboard';
import { listMembers } from '$lib/server/repo/members';
import { overdueReviews } from '$lib/server/services/signoff/queue';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { project } = await parent();
	const [members, dashboard, reviews] = await Promise.all([
		listMembers(db(), project.id),
		loadDashboard(db(), project.id),
		overdueReviews(db(), project.id)
	]);
	return { members, dashboard, overdueReviews: reviews };
};
