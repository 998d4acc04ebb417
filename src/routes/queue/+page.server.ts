import { requireUser } from '$lib/server/access';
import { db } from '$lib/server/app';
import { cutoverPhasesOf } from '$lib/server/repo/signoff-queue';
import { loadMyQueue } from '$lib/server/services/signoff/queue';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const { items, tasks, registerItems } = await loadMyQueue(db(), user.id);
	const cutoverPhases = await cutoverPhasesOf(db(), items.length ? items.map((i) => i.projectId) : ['']);
	return {
		items: items.map((i) => ({
			...i,
			cutoverPhaseId: cutoverPhases.find((p) => p.project_id === i.projectId)?.id ?? null
		})),
		tasks,
		registerItems
	};
};
