import { json } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { parseRegisterQuery } from '$lib/register/filter';
import { createRegisterItemSchema } from '$lib/schemas/register';
import { actorOf } from '$lib/server/access';
import { db } from '$lib/server/app';
import { body, created, projectAccess } from '$lib/server/api/handlers';
import { apiError, apiHandler } from '$lib/server/api/respond';
import { createRegisterItem } from '$lib/server/services/register';
import { listRegisterItems } from '$lib/server/services/register-links';

export const GET = apiHandler(async (event) => {
	const { project, member } = await projectAccess(event);
	const { query, invalid } = parseRegisterQuery(event.url.searchParams);
	if (invalid.length) {
		const { locale } = event.locals;
		const fields = Object.fromEntries(
			invalid.map((name) => [name, translate(locale, 'validation.invalid', { field: name })])
		);
		return apiError(event, 422, 'validation_failed', 'error.validation', fields);
	}
	return json(await listRegisterItems(db(), project.id, member.id, query));
});

export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { write: true });
	const input = await body(event, createRegisterItemSchema);
	const item = await createRegisterItem(db(), actorOf(event), project.id, input);
	return created(item, `/api/v1/projects/${project.id}/register/items/${item.id}`);
});
