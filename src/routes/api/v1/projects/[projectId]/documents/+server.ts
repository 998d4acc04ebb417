import { json } from '@sveltejs/kit';
import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { describeDocumentKinds } from '$lib/server/documents/kinds';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	return json({ kinds: describeDocumentKinds(project.id, event.locals.locale) });
});
