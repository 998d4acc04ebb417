import { parseDefectQuery } from '$lib/testing/defects';
import { requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { defectFormOptions } from '$lib/server/repo/defect-refs';
import { listDefects } from '$lib/server/services/defects';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	await requirePageMember(event, project.id);
	// Unreadable filters are left out here (the API refuses them): a hand-edited URL still shows the list.
	const { query } = parseDefectQuery(event.url.searchParams);
	const [list, options] = await Promise.all([
		listDefects(db(), project.id, query),
		defectFormOptions(db(), project.id)
	]);
	return {
		list,
		query,
		filters: { cycles: options.cycles, customisations: options.customisations },
		editable: project.status === 'active'
	};
};
