import { json } from '@sveltejs/kit';
import { addMemberSchema } from '$lib/schemas/project';
import { actorOf } from '$lib/server/access';
import { body, created, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { memberJson } from '$lib/server/api/serialize';
import { db } from '$lib/server/app';
import { listMembers } from '$lib/server/repo/members';
import { addMember } from '$lib/server/services/members';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	return json({ members: (await listMembers(db(), project.id)).map(memberJson) });
});

export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { manage: true, write: true });
	const member = await addMember(db(), actorOf(event), project.id, await body(event, addMemberSchema));
	return created(memberJson(member), `/api/v1/projects/${project.id}/members/${member.id}`);
});
