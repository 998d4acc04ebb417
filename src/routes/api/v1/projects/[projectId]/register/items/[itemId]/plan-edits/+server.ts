import { json } from '@sveltejs/kit';
import { planEditsSchema } from '$lib/schemas/change';
import { actorOf } from '$lib/server/access';
import { body, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { loadChange, savePlanEdits } from '$lib/server/services/change/edits';

export const PUT = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { write: true });
	// Another project's item is not found, whatever the body: an id is checked before the body is read.
	await loadChange(db(), project.id, event.params.itemId ?? '');
	const input = await body(event, planEditsSchema);
	return json(await savePlanEdits(db(), actorOf(event), project.id, event.params.itemId ?? '', input));
});
