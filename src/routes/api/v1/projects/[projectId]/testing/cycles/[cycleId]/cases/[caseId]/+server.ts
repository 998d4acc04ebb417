import { json } from '@sveltejs/kit';
import { updatePlannedCaseSchema } from '$lib/schemas/test-cases';
import { actorOf } from '$lib/server/access';
import { body, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { getPlannedCase, unplanTestCase, updatePlannedCase } from '$lib/server/services/test-planning';

/** A stale version answers 409 with the planned case as it is now in `error.current`. */
export const PATCH = apiHandler(async (event) => {
	const access = await projectAccess(event, { write: true });
	const { cycleId = '', caseId = '' } = event.params;
	// Another project's cycle or case is missing before the body is read.
	await getPlannedCase(db(), access.project.id, cycleId, caseId);
	const input = await body(event, updatePlannedCaseSchema);
	return json(
		await updatePlannedCase(db(), actorOf(event), access, access.project.id, cycleId, caseId, input)
	);
});

export const DELETE = apiHandler(async (event) => {
	const access = await projectAccess(event, { write: true });
	const { cycleId = '', caseId = '' } = event.params;
	await unplanTestCase(db(), actorOf(event), access, access.project.id, cycleId, caseId);
	return new Response(null, { status: 204 });
});
