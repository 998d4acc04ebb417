import { json } from '@sveltejs/kit';
import { createProjectSchema } from '$lib/schemas/project';
import { actorOf } from '$lib/server/access';
import { body, created } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { projectJson } from '$lib/server/api/serialize';
import { db } from '$lib/server/app';
import { listProjectsForUser } from '$lib/server/repo/projects';
import { createProject } from '$lib/server/services/projects';

export const GET = apiHandler(async ({ locals, url }) => {
	const includeArchived = url.searchParams.get('includeArchived') === 'true';
	const projects = await listProjectsForUser(db(), locals.user!.id, { includeArchived });
	return json({ projects: projects.map(projectJson) });
});

export const POST = apiHandler(async (event) => {
	const input = await body(event, createProjectSchema);
	const project = await createProject(db(), { ...actorOf(event), userId: event.locals.user!.id }, input);
	return created(projectJson(project), `/api/v1/projects/${project.id}`);
});
