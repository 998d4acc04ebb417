import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { renderMeetingMinutes } from '$lib/server/documents/minutes';
import { parseDocumentRequest, pdfResponse } from '$lib/server/documents/request';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	// The language check is the documents' own (an unknown language is a 400); the kind is always the minutes.
	const { lang } = parseDocumentRequest(
		'weekly',
		event.url.searchParams.get('lang'),
		null,
		event.locals.locale
	);
	return pdfResponse(await renderMeetingMinutes(db(), project.id, event.params.meetingId ?? '', lang));
});
