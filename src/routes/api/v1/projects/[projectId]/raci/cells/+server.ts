import { json } from '@sveltejs/kit';
import { raciCellSchema } from '$lib/schemas/raci';
import { actorOf } from '$lib/server/access';
import { body, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { setRaciCells } from '$lib/server/services/raci';

export const PUT = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { manage: true, write: true });
	const cell = await body(event, raciCellSchema);
	const [saved] = await setRaciCells(db(), actorOf(event), project.id, [cell]);
	return json(saved);
});
