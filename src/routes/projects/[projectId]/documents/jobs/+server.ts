import { json } from '@sveltejs/kit';
import { apiHandler, readJson } from '$lib/server/api/respond';
import { requireMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { startRenderJob } from '$lib/server/documents/jobs';
import { renderDocumentForProject } from '$lib/server/documents/render';
import { parseDocumentRequest } from '$lib/server/documents/request';

/** Starts generating a document in the background; the documents page polls the job it gets back. */
export const POST = apiHandler(async (event) => {
	const { project } = await requireMember(event, event.params.projectId ?? '');
	const input = (await readJson(event)) as Record<string, unknown>;
	const str = (v: unknown) => (typeof v === 'string' ? v : null);
	const { kind, lang, phase, cycle } = parseDocumentRequest(
		str(input.kind) ?? undefined,
		str(input.lang),
		str(input.phase),
		event.locals.locale,
		str(input.cycle)
	);
	const job = startRenderJob(event.locals.user!.id, project.id, (onProgress) =>
		renderDocumentForProject(db(), project.id, kind, lang, { phase, cycle, onProgress })
	);
	return json({ id: job.id }, { status: 202 });
});
