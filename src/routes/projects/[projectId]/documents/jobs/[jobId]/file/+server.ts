import { apiHandler } from '$lib/server/api/respond';
import { requireMember } from '$lib/server/access';
import { findRenderJob } from '$lib/server/documents/jobs';
import { pdfResponse } from '$lib/server/documents/request';
import { DomainError } from '$lib/server/errors';

export const GET = apiHandler(async (event) => {
	const { project } = await requireMember(event, event.params.projectId ?? '');
	const job = findRenderJob(event.locals.user!.id, project.id, event.params.jobId ?? '');
	if (!job.result) throw new DomainError('not_found', 'documents.unknownJob');
	return pdfResponse(job.result);
});
