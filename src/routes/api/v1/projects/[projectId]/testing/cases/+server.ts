import { json } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { createTestCaseSchema } from '$lib/schemas/test-cases';
import { actorOf } from '$lib/server/access';
import { body, created, projectAccess } from '$lib/server/api/handlers';
import { apiError, apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { createTestCase, listTestCases } from '$lib/server/services/test-cases';
import { parseCaseQuery } from '$lib/testing/cases';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const { query, invalid } = parseCaseQuery(event.url.searchParams);
	if (invalid.length) {
		const { locale } = event.locals;
		const fields = Object.fromEntries(
			invalid.map((name) => [name, translate(locale, 'validation.invalid', { field: name })])
		);
		return apiError(event, 422, 'validation_failed', 'error.validation', fields);
	}
	return json(await listTestCases(db(), project.id, query));
});

/** Any member writes cases; links to another project's objects answer 404 naming the field. */
export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { write: true });
	const input = await body(event, createTestCaseSchema);
	const testCase = await createTestCase(db(), actorOf(event), project.id, input);
	return created(testCase, `/api/v1/projects/${project.id}/testing/cases/${testCase.id}`);
});
