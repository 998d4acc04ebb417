import { json } from '@sveltejs/kit';
import { tokenSchema } from '$lib/schemas/account';
import { actorOf } from '$lib/server/access';
import { body, created } from '$lib/server/api/handlers';
import { apiError, apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { listApiTokens } from '$lib/server/repo/tokens';
import { createApiToken } from '$lib/server/services/tokens';

export const GET = apiHandler(async ({ locals }) => {
	const tokens = await listApiTokens(db(), locals.user!.id);
	const now = Date.now();
	return json({
		tokens: tokens.map((t) => ({
			id: t.id,
			label: t.label,
			createdAt: t.createdAt,
			lastUsedAt: t.lastUsedAt,
			expiresAt: t.expiresAt,
			expired: now >= Date.parse(t.expiresAt)
		}))
	});
});

export const POST = apiHandler(async (event) => {
	// A token cannot mint further tokens: a leaked token must not be able to outlive its revocation.
	if (event.locals.authMethod !== 'session')
		return apiError(event, 403, 'forbidden', 'error.tokenCannotMintTokens');
	const input = await body(event, tokenSchema);
	const token = await createApiToken(
		db(),
		actorOf(event),
		event.locals.user!.id,
		input.label,
		input.expiresInDays
	);
	return created(token, `/api/v1/me/tokens/${token.id}`);
});
