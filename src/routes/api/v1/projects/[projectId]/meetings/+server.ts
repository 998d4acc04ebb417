import { json } from '@sveltejs/kit';
import { createMeetingSchema } from '$lib/schemas/meetings';
import { actorOf } from '$lib/server/access';
import { body, created, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { createMeeting, listMeetings } from '$lib/server/services/meetings';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	return json({ meetings: await listMeetings(db(), project.id) });
});

export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { write: true });
	const input = await body(event, createMeetingSchema);
	const meeting = await createMeeting(db(), actorOf(event), project.id, input);
	return created(meeting, `/api/v1/projects/${project.id}/meetings/${meeting.id}`);
});
