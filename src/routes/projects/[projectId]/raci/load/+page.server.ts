import { requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { listPhases } from '$lib/server/repo/phases';
import { loadRaciMatrix } from '$lib/server/repo/raci';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	await requirePageMember(event, project.id);
	const [{ matrix }, phases] = await Promise.all([
		loadRaciMatrix(db(), project.id),
		listPhases(db(), project.id)
	]);
	return { matrix, phases: phases.map((p) => ({ id: p.id, name: p.name, nameEn: p.nameEn })) };
};
