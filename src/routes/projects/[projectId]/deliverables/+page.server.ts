import { requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { listPhases } from '$lib/server/repo/phases';
import { listDeliverablesWithReview } from '$lib/server/services/deliverables';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	await requirePageMember(event, project.id);
	const [phases, deliverables] = await Promise.all([
		listPhases(db(), project.id),
		listDeliverablesWithReview(db(), project.id)
	]);
	return { phases, deliverables };
};
