import { actorOf } from '$lib/server/access';
import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { revokeInvitation } from '$lib/server/services/invitations';

export const DELETE = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { manage: true, write: true });
	await revokeInvitation(
		db(),
		{ ...actorOf(event), userId: event.locals.user!.id },
		project.id,
		event.params.invitationId ?? ''
	);
	return new Response(null, { status: 204 });
});
