import { createRegisterItemSchema } from '$lib/schemas/register';
import { actorOf } from '$lib/server/access';
import { body, created, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { recordMeetingItem } from '$lib/server/services/meetings';

/** A decision, action or issue raised in the meeting: a register item linked to it. */
export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { write: true });
	const input = await body(event, createRegisterItemSchema);
	const meetingId = event.params.meetingId ?? '';
	const item = await recordMeetingItem(db(), actorOf(event), project.id, meetingId, input);
	return created(item, `/api/v1/projects/${project.id}/register/items/${item.id}`);
});
