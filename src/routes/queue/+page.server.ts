import { requireUser } from '$lib/server/access';
import { db } from '$lib/server/app';
import { listMyQueue } from '$lib/server/services/signoff/queue';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const items = await listMyQueue(db(), user.id);
	const cutoverPhases = await db()
		.selectFrom('phases')
		.select(['id', 'project_id'])
		.where('key', '=', 'cutover')
		.where('project_id', 'in', items.length ? items.map((i) => i.projectId) : [''])
		.execute();
	return {
		items: items.map((i) => ({
			...i,
			cutoverPhaseId: cutoverPhases.find((p) => p.project_id === i.projectId)?.id ?? null
		}))
	};
};
