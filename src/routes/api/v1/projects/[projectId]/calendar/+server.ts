import { json } from '@sveltejs/kit';
import { calendarChoiceSchema } from '$lib/schemas/plan';
import { actorOf } from '$lib/server/access';
import { body, projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { describeCalendar } from '$lib/server/repo/calendars';
import { setProjectCalendar } from '$lib/server/services/plan/calendar';
import { getProject } from '$lib/server/repo/projects';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	return json({ ...(await describeCalendar(db(), project.calendarKind)), projectVersion: project.version });
});

export const PUT = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { manage: true, write: true });
	const input = await body(event, calendarChoiceSchema);
	const moved = await setProjectCalendar(db(), actorOf(event), project.id, input);
	const after = (await getProject(db(), project.id))!;
	return json({
		...(await describeCalendar(db(), input.kind)),
		projectVersion: after.version,
		movedTaskIds: moved
	});
});
