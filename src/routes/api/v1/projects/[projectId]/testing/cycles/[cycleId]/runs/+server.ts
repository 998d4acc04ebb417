import { json } from '@sveltejs/kit';
import { listTestRunsQuerySchema, recordTestRunSchema } from '$lib/schemas/test-runs';
import { validate } from '$lib/schemas/validate';
import { actorOf } from '$lib/server/access';
import { body, created, projectAccess } from '$lib/server/api/handlers';
import { ApiValidationError, apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { runTesterOf } from '$lib/server/run-access';
import { assertMayRecord, listTestRuns, recordTestRun } from '$lib/server/services/test-runs';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const v = validate(
		listTestRunsQuerySchema,
		Object.fromEntries(event.url.searchParams),
		event.locals.locale
	);
	if (!v.ok) throw new ApiValidationError(v.fields);
	return json(await listTestRuns(db(), project.id, event.params.cycleId ?? '', v.data));
});

/** A run of a case planned into the cycle, by a tester of the cycle or a project manager. */
export const POST = apiHandler(async (event) => {
	const access = await projectAccess(event, { write: true });
	const cycleId = event.params.cycleId ?? '';
	// Another project's cycle (404) and someone who does not test it (403) are refused before the body is read.
	await assertMayRecord(db(), runTesterOf(access), access.project.id, cycleId);
	const input = await body(event, recordTestRunSchema);
	const run = await recordTestRun(
		db(),
		actorOf(event),
		runTesterOf(access),
		access.project.id,
		cycleId,
		input
	);
	return created(run, `/api/v1/projects/${access.project.id}/testing/runs/${run.id}`);
});
