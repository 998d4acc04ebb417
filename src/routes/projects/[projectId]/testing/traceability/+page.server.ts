import { db } from '$lib/server/app';
import { getTraceability } from '$lib/server/services/test-traceability';
import { parseTraceQuery } from '$lib/testing/traceability-query';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url }) => {
	const { project } = await parent();
	// Unreadable parameters are left out here (the API refuses them): a hand-edited URL still shows the matrix.
	const { query } = parseTraceQuery(url.searchParams);
	return { trace: await getTraceability(db(), project.id, query), query };
};
