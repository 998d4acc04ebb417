import { db } from '$lib/server/app';
import { listMembers } from '$lib/server/repo/members';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { project } = await parent();
	return { members: await listMembers(db(), project.id) };
};
