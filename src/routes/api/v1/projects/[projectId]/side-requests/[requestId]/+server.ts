import { json } from '@sveltejs/kit';
import { sideDecisionSchema } from '$lib/schemas/project';
import { actorOf } from '$lib/server/access';
import { body, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { decideSideRequest } from '$lib/server/services/sides';

/** Any member may call; the use case lets only a PM or lead of the other side decide, and the requester withdraw. */
export const POST = apiHandler(async (event) => {
	const { project, member } = await projectAccess(event, { write: true });
	const input = await body(event, sideDecisionSchema);
	return json(
		await decideSideRequest(
			db(),
			{ ...actorOf(event), userId: member.userId },
			project.id,
			event.params.requestId ?? '',
			input.decision
		)
	);
});
