import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { updateTestCaseSchema } from '$lib/schemas/test-cases';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { DomainError } from '$lib/server/errors';
import { domainFail, invalidForm } from '$lib/server/forms';
import { rowInProject } from '$lib/server/repo/project-rows';
import { readForm } from '$lib/server/request-body';
import { deleteTestCase, getTestCase, updateTestCase } from '$lib/server/services/test-cases';
import { readCaseForm } from '../form.server';
import { loadCaseOptions } from '../options.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	let testCase;
	try {
		testCase = await getTestCase(db(), project.id, event.params.caseId);
	} catch (e) {
		if (e instanceof DomainError) error(e.status, translate(event.locals.locale, e.messageKey));
		throw e;
	}
	return {
		testCase,
		options: await loadCaseOptions(project.id),
		editable: project.status === 'active'
	};
};

export const actions: Actions = {
	save: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { write: true });
		const { locale } = event.locals;
		// Another project's case is missing whatever the form holds.
		if (!(await rowInProject(db(), 'test_cases', access.project.id, event.params.caseId)))
			error(404, translate(locale, 'error.notFound'));
		const { values, v } = await readCaseForm(event, updateTestCaseSchema, 'edit');
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			await updateTestCase(db(), actorOf(event), access.project.id, event.params.caseId, v.data);
		} catch (e) {
			return domainFail(e, locale, values);
		}
		return { section: 'edit', success: translate(locale, 'tcase.saved') };
	},
	delete: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { write: true });
		const { locale } = event.locals;
		await readForm(event);
		try {
			await deleteTestCase(db(), actorOf(event), access.project.id, event.params.caseId);
		} catch (e) {
			return domainFail(e, locale, { section: 'delete' });
		}
		redirect(303, `/projects/${access.project.id}/testing/cases`);
	}
};
