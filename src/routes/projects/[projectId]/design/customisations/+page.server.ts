import { redirect } from '@sveltejs/kit';
import { parseCustomisationQuery } from '$lib/design/customisations';
import { createCustomisationSchema } from '$lib/schemas/customisations';
import { formToObject, validate } from '$lib/schemas/validate';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail, invalidForm } from '$lib/server/forms';
import { requirementOptions } from '$lib/server/repo/customisations';
import { listMembers } from '$lib/server/repo/members';
import { readForm } from '$lib/server/request-body';
import {
	createCustomisation,
	customisationTotalsOf,
	listCustomisations
} from '$lib/server/services/customisations';
import { customisationValues } from './form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url }) => {
	const { project } = await parent();
	// Unreadable filters are left out here (the API refuses them): a hand-edited URL still shows the list.
	const { query } = parseCustomisationQuery(url.searchParams);
	const canEdit = project.status === 'active';
	const [list, totals, members, requirements] = await Promise.all([
		listCustomisations(db(), project.id, query),
		customisationTotalsOf(db(), project.id),
		canEdit ? listMembers(db(), project.id) : [],
		canEdit ? requirementOptions(db(), project.id, null) : []
	]);
	// A requirement page links here with ?requirement=<id> to start a customisation from it.
	const fromRequirement = url.searchParams.get('requirement');
	return {
		list,
		totals,
		query,
		members: members.map((m) => ({ id: m.id, name: m.name, side: m.side })),
		requirements,
		preselected: requirements.some((r) => r.id === fromRequirement) ? [fromRequirement!] : [],
		canEdit
	};
};

export const actions: Actions = {
	create: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { write: true });
		const { locale } = event.locals;
		const values = formToObject(await readForm(event), ['requirementIds']);
		const v = validate(createCustomisationSchema, customisationValues(values), locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		let id: string;
		try {
			id = (await createCustomisation(db(), actorOf(event), access.project.id, v.data)).id;
		} catch (e) {
			return domainFail(e, locale, values);
		}
		redirect(303, `/projects/${access.project.id}/design/customisations/${id}`);
	}
};
