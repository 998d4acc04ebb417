import { json } from '@sveltejs/kit';
import { updateRegisterItemSchema } from '$lib/schemas/register';
import { actorOf } from '$lib/server/access';
import { db } from '$lib/server/app';
import { body, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { issueRaisedFrom, updateRegisterItem } from '$lib/server/services/register';
import { getRegisterItem } from '$lib/server/services/register-links';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const { item, links, comments } = await getRegisterItem(db(), project.id, event.params.itemId ?? '');
	return json({ ...item, links, comments });
});

export const PATCH = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { write: true });
	const input = await body(event, updateRegisterItemSchema);
	const item = await updateRegisterItem(db(), actorOf(event), project.id, event.params.itemId ?? '', input);
	const raised = input.status === 'occurred' ? await issueRaisedFrom(db(), project.id, item.id) : null;
	return json({ ...item, raisedIssue: raised ? { id: raised.id, code: raised.code } : null });
});
