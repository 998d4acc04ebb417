import { json } from '@sveltejs/kit';
import { createInvitationSchema } from '$lib/schemas/invitations';
import { actorOf } from '$lib/server/access';
import { body, created, projectAccess } from '$lib/server/api/handlers';
import { invitationJson } from '$lib/server/api/invitation-schemas';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { createInvitation, listInvitations } from '$lib/server/services/invitations';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { manage: true });
	return json({ invitations: (await listInvitations(db(), project.id)).map(invitationJson) });
});

export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { manage: true, write: true });
	const input = await body(event, createInvitationSchema);
	const invitation = await createInvitation(
		db(),
		{ ...actorOf(event), userId: event.locals.user!.id },
		project.id,
		input,
		{ origin: event.url.origin, locale: event.locals.locale }
	);
	return created(invitationJson(invitation), `/api/v1/projects/${project.id}/invitations/${invitation.id}`);
});
