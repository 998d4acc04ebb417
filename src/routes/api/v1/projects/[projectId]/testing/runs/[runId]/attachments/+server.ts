import { actorOf } from '$lib/server/access';
import { created, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { runTesterOf } from '$lib/server/run-access';
import { readScreenshotUpload } from '$lib/server/screenshot-upload';
import { addTestRunAttachment, assertMayAttach } from '$lib/server/services/test-run-attachments';

/** A screenshot (multipart `file`, optional `runStepId`) for a recorded run. */
export const POST = apiHandler(async (event) => {
	const access = await projectAccess(event, { write: true });
	const runId = event.params.runId ?? '';
	// Another project's run (404), someone else's run (403) and a closed cycle (409) are refused before the body is read.
	await assertMayAttach(db(), runTesterOf(access), access.project.id, runId);
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
