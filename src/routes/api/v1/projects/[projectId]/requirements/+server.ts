import { json } from '@sveltejs/kit';
import { parseRequirementQuery } from '$lib/design/requirements';
import { translate } from '$lib/i18n';
import { createRequirementSchema } from '$lib/schemas/requirements';
import { actorOf } from '$lib/server/access';
import { body, created, projectAccess } from '$lib/server/api/handlers';
import { apiError, apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { createRequirement, listRequirements } from '$lib/server/services/requirements';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const { query, invalid } = parseRequirementQuery(event.url.searchParams);
	if (invalid.length) {
		const { locale } = event.locals;
		const fields = Object.fromEntries(
			invalid.map((name) => [name, translate(locale, 'validation.invalid', { field: name })])
		);
		return apiError(event, 422, 'validation_failed', 'error.validation', fields);
	}
	return json(await listRequirements(db(), project.id, query));
});

export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { write: true });
	const input = await body(event, createRequirementSchema);
	const requirement = await createRequirement(db(), actorOf(event), project.id, input);
	return created(requirement, `/api/v1/projects/${project.id}/requirements/${requirement.id}`);
});
