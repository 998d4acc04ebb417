import { json } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { apiHandler } from '$lib/server/api/respond';
import { requireMember } from '$lib/server/access';
import { findRenderJob } from '$lib/server/documents/jobs';

export const GET = apiHandler(async (event) => {
	const { project } = await requireMember(event, event.params.projectId ?? '');
	const job = findRenderJob(event.locals.user!.id, project.id, event.params.jobId ?? '');
	const error = job.error && {
		code: job.error.code,
		message: translate(event.locals.locale, job.error.messageKey, job.error.options.params)
	};
	return json(
		{ stage: job.stage, progress: job.progress, filename: job.result?.filename ?? null, error },
		{ headers: { 'cache-control': 'no-store' } }
	);
});
