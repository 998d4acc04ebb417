import { json } from '@sveltejs/kit';
import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { signableRef } from '$lib/server/signoff/ref';
import { loadSignoffs } from '$lib/server/services/signoff/view';

export const GET = apiHandler(async (event) => {
	const { project, member } = await projectAccess(event);
	return json(await loadSignoffs(db(), project.id, signableRef(event.params), member));
});
