import { json } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { parseTraceQuery } from '$lib/testing/traceability-query';
import { projectAccess } from '$lib/server/api/handlers';
import { apiError, apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { getTraceability } from '$lib/server/services/test-traceability';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const { query, invalid } = parseTraceQuery(event.url.searchParams);
	if (invalid.length) {
		const { locale } = event.locals;
		const fields = Object.fromEntries(
			invalid.map((name) => [name, translate(locale, 'validation.invalid', { field: name })])
		);
		return apiError(event, 422, 'validation_failed', 'error.validation', fields);
	}
	return json(await getTraceability(db(), project.id, query));
});
