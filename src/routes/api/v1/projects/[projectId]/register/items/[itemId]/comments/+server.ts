import { registerCommentSchema } from '$lib/schemas/register';
import { actorOf } from '$lib/server/access';
import { db } from '$lib/server/app';
import { body, created, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { addRegisterComment } from '$lib/server/services/register-links';

export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { write: true });
	const input = await body(event, registerCommentSchema);
	const itemId = event.params.itemId ?? '';
	const comment = await addRegisterComment(db(), actorOf(event), project.id, itemId, input);
	return created(comment, `/api/v1/projects/${project.id}/register/items/${itemId}`);
});
