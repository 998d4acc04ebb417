import { actorOf } from '$lib/server/access';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { revokeApiToken } from '$lib/server/services/tokens';

export const DELETE = apiHandler(async (event) => {
	await revokeApiToken(db(), actorOf(event), event.locals.user!.id, event.params.tokenId ?? '');
	return new Response(null, { status: 204 });
});
