import { redirect } from '@sveltejs/kit';
import { createProjectSchema } from '$lib/schemas/project';
import { formToObject, validate } from '$lib/schemas/validate';
import { actorOf, requireUser } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail, invalidForm } from '$lib/server/forms';
import { createProject } from '$lib/server/services/projects';
import { listTemplates } from '$lib/server/repo/templates';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/request-body';

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	return { templates: await listTemplates(db()) };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		const { locale } = event.locals;
		const input = formToObject(await readForm(event));
		const v = validate(createProjectSchema, input, locale);
		if (!v.ok) return invalidForm(locale, v.fields, input);
		let id: string;
		try {
			id = (await createProject(db(), { ...actorOf(event), userId: user.id }, v.data)).id;
		} catch (e) {
			return domainFail(e, locale, input);
		}
		redirect(303, `/projects/${id}`);
	}
};
