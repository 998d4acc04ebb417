import { json } from '@sveltejs/kit';
import { apiHandler } from '$lib/server/api/respond';
import { requireMember } from '$lib/server/access';
import { findRenderJob } from '$lib/server/documents/jobs';

export const GET = apiHandler(async (event) => {
	const { project } = await requireMember(event, event.params.projectId ?? '');
	const job = findRenderJob(event.locals.user!.id, project.id, event.params.jobId ?? '');
	return json({ stage: job.stage, progress: job.progress, filename: job.result?.filename ?? null }, { headers: { 'cache-control': 'no-store' } });
});
