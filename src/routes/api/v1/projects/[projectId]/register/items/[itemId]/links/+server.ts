import { registerLinkSchema } from '$lib/schemas/register';
import { actorOf } from '$lib/server/access';
import { db } from '$lib/server/app';
import { body, created, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { addRegisterLink } from '$lib/server/services/register-links';

export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { write: true });
	const input = await body(event, registerLinkSchema);
	const itemId = event.params.itemId ?? '';
	const link = await addRegisterLink(db(), actorOf(event), project.id, itemId, input);
	return created(link, `/api/v1/projects/${project.id}/register/items/${itemId}/links/${link.id}`);
});
