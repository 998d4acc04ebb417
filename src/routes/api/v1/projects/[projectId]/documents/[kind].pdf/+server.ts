import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { renderDocumentForProject } from '$lib/server/documents/render';
import { parseDocumentRequest, pdfResponse } from '$lib/server/documents/request';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const q = event.url.searchParams;
	const { kind, lang, phase, cycle } = parseDocumentRequest(
		event.params.kind,
		q.get('lang'),
		q.get('phase'),
		event.locals.locale,
		q.get('cycle')
	);
	return pdfResponse(await renderDocumentForProject(db(), project.id, kind, lang, { phase, cycle }));
});
