import { requirePageMember } from '$lib/server/access';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
	const { project, member, canManage } = await requirePageMember(event, event.params.projectId);
	return {
		project,
		me: { memberId: member.id, side: member.side, roles: member.roles },
		canManage
	};
};
