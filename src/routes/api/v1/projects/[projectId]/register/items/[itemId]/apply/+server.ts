import { json } from '@sveltejs/kit';
import { actorOf } from '$lib/server/access';
import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { applyChange } from '$lib/server/services/change/apply';

export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { manage: true, write: true });
	const result = await applyChange(
		db(),
		actorOf(event),
		project.id,
		event.params.itemId ?? '',
		event.locals.locale
	);
	return json(result);
});
