import { json } from '@sveltejs/kit';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { DomainError } from '$lib/server/errors';
import { loadMyQueue } from '$lib/server/services/signoff/queue';

export const GET = apiHandler(async (event) => {
	const user = event.locals.user;
	if (!user) throw new DomainError('unauthorized', 'error.unauthorized');
	return json(
		await loadMyQueue(db(), user.id, { projectId: event.url.searchParams.get('projectId') ?? undefined })
	);
});
