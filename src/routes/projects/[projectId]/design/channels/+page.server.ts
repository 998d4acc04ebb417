import { db } from '$lib/server/app';
import { channelAnalysis } from '$lib/server/services/processes';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { project } = await parent();
	return { channels: await channelAnalysis(db(), project.id) };
};
