import { db } from '$lib/server/app';
import { toBeProcessOptions } from '$lib/server/repo/requirements';
import { caseLinkOptions } from '$lib/server/repo/test-case-links';
import { listTestCases } from '$lib/server/services/test-cases';
import { parseCaseQuery } from '$lib/testing/cases';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url }) => {
	const { project } = await parent();
	// Unreadable filters are left out here (the API refuses them): a hand-edited URL still shows the list.
	const { query } = parseCaseQuery(url.searchParams);
	const [list, processes, links] = await Promise.all([
		listTestCases(db(), project.id, query),
		toBeProcessOptions(db(), project.id),
		caseLinkOptions(db(), project.id)
	]);
	return {
		list,
		query,
		filters: {
			processes: processes.processes,
			requirements: links.requirements,
			customisations: links.customisations
		}
	};
};
