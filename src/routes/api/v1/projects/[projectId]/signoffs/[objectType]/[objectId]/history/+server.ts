import { json } from '@sveltejs/kit';
import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { reviewHistory } from '$lib/server/services/signoff/history';
import { signableRef } from '$lib/server/signoff/ref';
import { signableContent } from '$lib/server/services/signoff/content';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const ref = signableRef(event.params);
	await signableContent(db(), project.id, ref.type, ref.id); // 404 for an object that does not exist here
	return json({ events: await reviewHistory(db(), project.id, ref) });
});
