import { json } from '@sveltejs/kit';
import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { listPhases } from '$lib/server/repo/phases';
import { listCountedGateItems } from '$lib/server/services/gate-evaluation';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const [phases, gates] = await Promise.all([
		listPhases(db(), project.id),
		listCountedGateItems(db(), project.id)
	]);
	return json({
		phases: phases.map((p) => ({
			...p,
			gate: {
				done: gates.filter((g) => g.phaseId === p.id && g.done).length,
				total: gates.filter((g) => g.phaseId === p.id).length
			}
		}))
	});
});
