import { json } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { createInterviewSchema } from '$lib/schemas/interviews';
import { actorOf } from '$lib/server/access';
import { body, created, projectAccess } from '$lib/server/api/handlers';
import { apiError, apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { createInterview, listInterviews } from '$lib/server/services/interviews';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const page = event.url.searchParams.get('page');
	if (page && !(Number.isInteger(Number(page)) && Number(page) >= 1 && Number(page) <= 100_000)) {
		const { locale } = event.locals;
		const fields = { page: translate(locale, 'validation.invalid', { field: 'page' }) };
		return apiError(event, 422, 'validation_failed', 'error.validation', fields);
	}
	return json(await listInterviews(db(), project.id, Number(page ?? 1)));
});

export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { write: true });
	const input = await body(event, createInterviewSchema);
	const interview = await createInterview(db(), actorOf(event), project.id, input);
	return created(interview, `/api/v1/projects/${project.id}/interviews`);
});
