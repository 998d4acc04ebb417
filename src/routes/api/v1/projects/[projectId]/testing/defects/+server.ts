import { json } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { createDefectSchema } from '$lib/schemas/defects';
import { parseDefectQuery } from '$lib/testing/defects';
import { actorOf } from '$lib/server/access';
import { body, created, projectAccess } from '$lib/server/api/handlers';
import { apiError, apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { createDefect, listDefects } from '$lib/server/services/defects';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const { query, invalid } = parseDefectQuery(event.url.searchParams);
	if (invalid.length) {
		const { locale } = event.locals;
		const fields = Object.fromEntries(
			invalid.map((name) => [name, translate(locale, 'validation.invalid', { field: name })])
		);
		return apiError(event, 422, 'validation_failed', 'error.validation', fields);
	}
	return json(await listDefects(db(), project.id, query));
});

export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { write: true });
	const input = await body(event, createDefectSchema);
	const defect = await createDefect(db(), actorOf(event), project.id, input);
	return created(defect, `/api/v1/projects/${project.id}/testing/defects/${defect.id}`);
});
