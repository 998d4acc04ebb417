import { db } from '$lib/server/app';
import { coverageSummary } from '$lib/design/coverage';
import { loadDashboard } from '$lib/server/services/dashboard';
import { listMembers } from '$lib/server/repo/members';
import { overdueReviews } from '$lib/server/services/signoff/queue';
import { loadGettingStarted } from '$lib/server/services/getting-started';
import { loadRegisterDashboard } from '$lib/server/services/register-views';
import { getDesignCoverage } from '$lib/server/services/design-coverage';
import { getTestingSummary } from '$lib/server/services/test-figures';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { project } = await parent();
	const [members, dashboard, reviews, gettingStarted, register, design, testing] = await Promise.all([
		listMembers(db(), project.id),
		loadDashboard(db(), project.id),
		overdueReviews(db(), project.id),
		loadGettingStarted(db(), project),
		loadRegisterDashboard(db(), project),
		getDesignCoverage(db(), project.id).then(coverageSummary),
		getTestingSummary(db(), project.id)
	]);
	return { members, dashboard, overdueReviews: reviews, gettingStarted, register, design, testing };
};
