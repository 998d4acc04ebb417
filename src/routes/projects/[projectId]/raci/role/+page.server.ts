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
	const asked = event.url.searchParams.get('column');
	const column = matrix.columns.find((c) => c.id === asked) ?? matrix.columns[0];
	return {
		matrix,
		phases: phases.map((p) => ({ id: p.id, name: p.name, nameEn: p.nameEn })),
		column: column?.id ?? null
	};
};
