import { json } from '@sveltejs/kit';
import { parseCustomisationQuery } from '$lib/design/customisations';
import { translate } from '$lib/i18n';
import { createCustomisationSchema } from '$lib/schemas/customisations';
import { actorOf } from '$lib/server/access';
import { body, created, projectAccess } from '$lib/server/api/handlers';
import { apiError, apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import {
	createCustomisation,
	customisationTotalsOf,
	listCustomisations
} from '$lib/server/services/customisations';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const { query, invalid } = parseCustomisationQuery(event.url.searchParams);
	if (invalid.length) {
		const { locale } = event.locals;
		const fields = Object.fromEntries(
			invalid.map((name) => [name, translate(locale, 'validation.invalid', { field: name })])
		);
		return apiError(event, 422, 'validation_failed', 'error.validation', fields);
	}
	const [list, totals] = await Promise.all([
		listCustomisations(db(), project.id, query),
		customisationTotalsOf(db(), project.id)
	]);
	return json({ ...list, totals });
});

export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { write: true });
	const input = await body(event, createCustomisationSchema);
	const item = await createCustomisation(db(), actorOf(event), project.id, input);
	return created(item, `/api/v1/projects/${project.id}/customisations/${item.id}`);
});
