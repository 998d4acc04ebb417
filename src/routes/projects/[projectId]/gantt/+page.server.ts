import { requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { listMembers } from '$lib/server/repo/members';
import { listPhases } from '$lib/server/repo/phases';
import { listPlanBaselines } from '$lib/server/repo/plan-baselines';
import { readOpening } from './opening.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	const access = await requirePageMember(event, project.id);
	const [members, phases, baselines] = await Promise.all([
		listMembers(db(), project.id),
		listPhases(db(), project.id),
		listPlanBaselines(db(), project.id)
	]);
	return {
		members: members.map((m) => ({ id: m.id, name: m.name })),
		phases: phases.map((p) => ({ id: p.id, name: p.name, nameEn: p.nameEn })),
		baselines,
		canEdit: access.canManage && project.status === 'active',
		// Not awaited: SvelteKit sends the page first and streams the plan's first screen after it.
		opening: readOpening(project, event.url.searchParams.get('baseline') ?? '')
	};
};
