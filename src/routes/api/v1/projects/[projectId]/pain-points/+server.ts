import { json } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { parsePainPointQuery } from '$lib/design/pain-points';
import { createPainPointSchema } from '$lib/schemas/pain-points';
import { actorOf } from '$lib/server/access';
import { body, created, projectAccess } from '$lib/server/api/handlers';
import { apiError, apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { createPainPoint, listPainPoints } from '$lib/server/services/pain-points';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const { query, invalid } = parsePainPointQuery(event.url.searchParams);
	if (invalid.length) {
		const { locale } = event.locals;
		const fields = Object.fromEntries(
			invalid.map((name) => [name, translate(locale, 'validation.invalid', { field: name })])
		);
		return apiError(event, 422, 'validation_failed', 'error.validation', fields);
	}
	return json(await listPainPoints(db(), project.id, query));
});

export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { write: true });
	const input = await body(event, createPainPointSchema);
	const painPoint = await createPainPoint(db(), actorOf(event), project.id, input);
	return created(painPoint, `/api/v1/projects/${project.id}/pain-points/${painPoint.id}`);
});
