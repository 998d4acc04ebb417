import { json } from '@sveltejs/kit';
import { updateMemberSchema } from '$lib/schemas/project';
import { actorOf } from '$lib/server/access';
import { body, projectAccess } from '$lib/server/api/handlers';
import { apiHandler, remapCurrent } from '$lib/server/api/respond';
import { memberJson } from '$lib/server/api/serialize';
import { db } from '$lib/server/app';
import { removeMember, updateMember } from '$lib/server/services/members';

export const PATCH = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { manage: true, write: true });
	const input = await body(event, updateMemberSchema);
	try {
		return json(
			memberJson(await updateMember(db(), actorOf(event), project.id, event.params.memberId ?? '', input))
		);
	} catch (e) {
		throw remapCurrent(e, memberJson);
	}
});

export const DELETE = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { manage: true, write: true });
	await removeMember(db(), actorOf(event), project.id, event.params.memberId ?? '');
	return new Response(null, { status: 204 });
});
