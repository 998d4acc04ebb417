import { json } from '@sveltejs/kit';
import { raciSettingsSchema } from '$lib/schemas/raci';
import { actorOf } from '$lib/server/access';
import { body, projectAccess } from '$lib/server/api/handlers';
import { raciJson } from '$lib/server/api/raci-schemas';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { loadRaciMatrix } from '$lib/server/repo/raci';
import { updateRaciSettings } from '$lib/server/services/raci';

export const PUT = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { manage: true, write: true });
	const input = await body(event, raciSettingsSchema);
	await updateRaciSettings(db(), actorOf(event), project.id, {
		...input,
		overloadShare: input.overloadShare / 100
	});
	const loaded = await loadRaciMatrix(db(), project.id);
	return json(raciJson(loaded));
});
