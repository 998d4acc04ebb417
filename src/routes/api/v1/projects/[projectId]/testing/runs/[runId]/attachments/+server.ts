import { actorOf } from '$lib/server/access';
import { created, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { notFound } from '$lib/server/errors';
import { rowInProject } from '$lib/server/repo/project-rows';
import { runTesterOf } from '$lib/server/run-access';
import { readScreenshotUpload } from '$lib/server/screenshot-upload';
import { addTestRunAttachment } from '$lib/server/services/test-run-attachments';

/** A screenshot (multipart `file`, optional `runStepId`) for a recorded run. */
export const POST = apiHandler(async (event) => {
	const access = await projectAccess(event, { write: true });
	const runId = event.params.runId ?? '';
	// Another project's run is missing before its body is read.
	if (!(await rowInProject(db(), 'test_runs', access.project.id, runId))) throw notFound();
	const upload = await readScreenshotUpload(event.request);
	const file = await addTestRunAttachment(
		db(),
		actorOf(event),
		runTesterOf(access),
		access.project.id,
		runId,
		upload
	);
	return created(file, `/api/v1/projects/${access.project.id}/testing/runs/${runId}/attachments/${file.id}`);
});
