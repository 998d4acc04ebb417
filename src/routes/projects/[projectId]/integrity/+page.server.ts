import { requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { verifyIntegrity } from '$lib/server/services/signoff/integrity';
import type { PageServerLoad } from './$types';

// Verification runs on every visit: a stored verdict would be one more thing a tamperer could edit.
export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	await requirePageMember(event, project.id);
	return { report: await verifyIntegrity(db(), project.id) };
};
