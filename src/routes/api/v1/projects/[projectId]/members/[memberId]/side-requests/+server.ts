import { sideRequestSchema } from '$lib/schemas/project';
import { actorOf } from '$lib/server/access';
import { body, created, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { requestSideChange } from '$lib/server/services/sides';

export const POST = apiHandler(async (event) => {
	const { project, member } = await projectAccess(event, { manage: true, write: true });
	const input = await body(event, sideRequestSchema);
	const request = await requestSideChange(
		db(),
		{ ...actorOf(event), userId: member.userId },
		project.id,
		event.params.memberId ?? '',
		input.side
	);
	return created(request, `/api/v1/projects/${project.id}/side-requests/${request.id}`);
});
