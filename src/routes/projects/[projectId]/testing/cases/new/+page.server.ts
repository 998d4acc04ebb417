import { redirect } from '@sveltejs/kit';
import { createTestCaseSchema } from '$lib/schemas/test-cases';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail, invalidForm } from '$lib/server/forms';
import { createTestCase } from '$lib/server/services/test-cases';
import { readCaseForm } from '../form.server';
import { loadCaseOptions } from '../options.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { project } = await parent();
	return { options: await loadCaseOptions(project.id) };
};

export const actions: Actions = {
	create: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { write: true });
		const { locale } = event.locals;
		const { values, v } = await readCaseForm(event, createTestCaseSchema, 'create');
		if (!v.ok) return invalidForm(locale, v.fields, values);
		let id: string;
		try {
			id = (await createTestCase(db(), actorOf(event), access.project.id, v.data)).id;
		} catch (e) {
			return domainFail(e, locale, values);
		}
		redirect(303, `/projects/${access.project.id}/testing/cases/${id}`);
	}
};
