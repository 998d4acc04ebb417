import { json } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { createTestCycleSchema } from '$lib/schemas/test-cycles';
import { actorOf } from '$lib/server/access';
import { body, created, projectAccess } from '$lib/server/api/handlers';
import { apiError, apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { createTestCycle, listTestCycles } from '$lib/server/services/test-cycles';
import { parseCyclePage } from '$lib/testing/cycles';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const { page, invalid } = parseCyclePage(event.url.searchParams);
	if (invalid.length) {
		const { locale } = event.locals;
		const fields = Object.fromEntries(
			invalid.map((name) => [name, translate(locale, 'validation.invalid', { field: name })])
		);
		return apiError(event, 422, 'validation_failed', 'error.validation', fields);
	}
	return json(await listTestCycles(db(), project.id, page));
});

/** Project managers only: the cycle is a task of the plan. */
export const POST = apiHandler(async (event) => {
	const { project, member } = await projectAccess(event, { write: true, manage: true });
	const input = await body(event, createTestCycleSchema);
	const cycle = await createTestCycle(db(), actorOf(event), member, project.id, input);
	return created(cycle, `/api/v1/projects/${project.id}/testing/cycles/${cycle.id}`);
});
