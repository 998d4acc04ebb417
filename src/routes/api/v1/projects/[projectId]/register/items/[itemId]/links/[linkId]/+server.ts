import { actorOf } from '$lib/server/access';
import { db } from '$lib/server/app';
import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { removeRegisterLink } from '$lib/server/services/register-links';

export const DELETE = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { write: true });
	await removeRegisterLink(
		db(),
		actorOf(event),
		project.id,
		event.params.itemId ?? '',
		event.params.linkId ?? ''
	);
	return new Response(null, { status: 204 });
});
