import { json } from '@sveltejs/kit';
import { PROCESS_DOMAINS, PROCESS_KINDS, type ProcessDomain, type ProcessKind } from '$lib/design/types';
import { translate } from '$lib/i18n';
import { createProcessSchema } from '$lib/schemas/processes';
import { actorOf } from '$lib/server/access';
import { body, created, projectAccess } from '$lib/server/api/handlers';
import { apiError, apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { createProcess, listProcesses } from '$lib/server/services/processes';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const params = event.url.searchParams;
	const kind = params.get('kind');
	const domain = params.get('domain');
	const page = params.get('page');
	const invalid = [
		kind && !(PROCESS_KINDS as readonly string[]).includes(kind) ? 'kind' : null,
		domain && !(PROCESS_DOMAINS as readonly string[]).includes(domain) ? 'domain' : null,
		page && !(Number.isInteger(Number(page)) && Number(page) >= 1 && Number(page) <= 100_000) ? 'page' : null
	].filter((x): x is string => !!x);
	if (invalid.length) {
		const { locale } = event.locals;
		const fields = Object.fromEntries(
			invalid.map((name) => [name, translate(locale, 'validation.invalid', { field: name })])
		);
		return apiError(event, 422, 'validation_failed', 'error.validation', fields);
	}
	const filter = { kind: kind as ProcessKind | null, domain: domain as ProcessDomain | null };
	return json(await listProcesses(db(), project.id, filter, Number(page ?? 1)));
});

export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { write: true });
	const input = await body(event, createProcessSchema);
	const process = await createProcess(db(), actorOf(event), project.id, input);
	return created(process, `/api/v1/projects/${project.id}/processes/${process.id}`);
});
