import { db } from '$lib/server/app';
import { filterHeatMapRisks, parseHeatMapFilter } from '$lib/register/heatmap-filter';
import { listRegisterItemRows } from '$lib/server/repo/register-items';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	const filter = parseHeatMapFilter(event.url.searchParams);
	const risks = await listRegisterItemRows(db(), project.id, { types: ['risk'] });
	return { filter, risks: filterHeatMapRisks(risks, filter) };
};
