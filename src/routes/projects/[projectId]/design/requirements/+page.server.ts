import { redirect } from '@sveltejs/kit';
import { parseRequirementQuery } from '$lib/design/requirements';
import { createRequirementSchema } from '$lib/schemas/requirements';
import { formToObject, validate } from '$lib/schemas/validate';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail, invalidForm } from '$lib/server/forms';
import { toBeProcessOptions } from '$lib/server/repo/requirements';
import { readForm } from '$lib/server/request-body';
import { createRequirement, listRequirements, requirementsFitGap } from '$lib/server/services/requirements';
import { requirementValues } from './form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url }) => {
	const { project } = await parent();
	// Unreadable filters are left out here (the API refuses them): a hand-edited URL still shows the list.
	const { query } = parseRequirementQuery(url.searchParams);
	const [list, summary, options] = await Promise.all([
		listRequirements(db(), project.id, query),
		requirementsFitGap(db(), project.id),
		toBeProcessOptions(db(), project.id)
	]);
	return { list, summary, query, options };
};

export const actions: Actions = {
	create: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { write: true });
		const { locale } = event.locals;
		const values = { ...formToObject(await readForm(event)), section: 'create' };
		const v = validate(createRequirementSchema, requirementValues(values), locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		let id: string;
		try {
			id = (await createRequirement(db(), actorOf(event), access.project.id, v.data)).id;
		} catch (e) {
			return domainFail(e, locale, values);
		}
		redirect(303, `/projects/${access.project.id}/design/requirements/${id}`);
	}
};
