import { json } from '@sveltejs/kit';
import { updateMeetingSchema } from '$lib/schemas/meetings';
import { actorOf } from '$lib/server/access';
import { body, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { getMeeting, updateMeeting } from '$lib/server/services/meetings';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	return json(await getMeeting(db(), project.id, event.params.meetingId ?? ''));
});

/** A stale version answers 409 with the meeting as it is now in `error.current`. */
export const PATCH = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { write: true });
	const input = await body(event, updateMeetingSchema);
	return json(await updateMeeting(db(), actorOf(event), project.id, event.params.meetingId ?? '', input));
});
