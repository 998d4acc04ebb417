import { json } from '@sveltejs/kit';
import { impactPreviewSchema } from '$lib/schemas/change';
import { body, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { loadChange, previewChangeImpact } from '$lib/server/services/change/edits';

/** Read-only: the body may carry edits to try before saving them; without, the saved edits are previewed. */
export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	// Another project's item is not found, whatever the body: an id is checked before the body is read.
	await loadChange(db(), project.id, event.params.itemId ?? '');
	const sent = event.request.headers.has('content-type');
	const { planEdits } = sent ? await body(event, impactPreviewSchema) : { planEdits: undefined };
	return json(await previewChangeImpact(db(), project.id, event.params.itemId ?? '', planEdits));
});
