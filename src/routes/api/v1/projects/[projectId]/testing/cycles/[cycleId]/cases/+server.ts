import { json } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { planTestCasesSchema } from '$lib/schemas/test-cases';
import { actorOf } from '$lib/server/access';
import { body, projectAccess } from '$lib/server/api/handlers';
import { apiError, apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { notFound } from '$lib/server/errors';
import { rowInProject } from '$lib/server/repo/project-rows';
import { listPlannedCases, planTestCases } from '$lib/server/services/test-planning';
import { parsePlannedQuery } from '$lib/testing/cases';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const { query, invalid } = parsePlannedQuery(event.url.searchParams);
	if (invalid.length) {
		const { locale } = event.locals;
		const fields = Object.fromEntries(
			invalid.map((name) => [name, translate(locale, 'validation.invalid', { field: name })])
		);
		return apiError(event, 422, 'validation_failed', 'error.validation', fields);
	}
	return json(await listPlannedCases(db(), project.id, event.params.cycleId ?? '', query));
});

export const POST = apiHandler(async (event) => {
	const access = await projectAccess(event, { write: true });
	const cycleId = event.params.cycleId ?? '';
	// Another project's cycle is missing before the body is read.
	if (!(await rowInProject(db(), 'test_cycles', access.project.id, cycleId))) throw notFound();
	const input = await body(event, planTestCasesSchema);
	return json(await planTestCases(db(), actorOf(event), access, access.project.id, cycleId, input));
});
