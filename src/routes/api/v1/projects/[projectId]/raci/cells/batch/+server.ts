import { json } from '@sveltejs/kit';
import { raciCellsSchema } from '$lib/schemas/raci';
import { actorOf } from '$lib/server/access';
import { body, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { setRaciCells } from '$lib/server/services/raci';

export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { manage: true, write: true });
	const { cells } = await body(event, raciCellsSchema);
	return json({ cells: await setRaciCells(db(), actorOf(event), project.id, cells) });
});
