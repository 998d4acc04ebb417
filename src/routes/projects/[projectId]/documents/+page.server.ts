import { requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { describeDocumentKinds } from '$lib/server/documents/kinds';
import { listPhases } from '$lib/server/repo/phases';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { project } = await requirePageMember(event, event.params.projectId);
	const locale = event.locals.locale;
	const phases = await listPhases(db(), project.id);
	return {
		kinds: describeDocumentKinds(project.id, locale),
		phases: phases.map((p) => ({ id: p.id, name: locale === 'en' && p.nameEn ? p.nameEn : p.name, status: p.status })),
		currentPhaseId: phases.find((p) => p.status === 'gateReview' || p.status === 'inProgress')?.id ?? null
	};
};
