import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { updateRequirementSchema } from '$lib/schemas/requirements';
import { formToObject, validate } from '$lib/schemas/validate';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { DomainError } from '$lib/server/errors';
import { domainFail, invalidForm } from '$lib/server/forms';
import { designRowInProject } from '$lib/server/repo/design-refs';
import { toBeProcessOptions } from '$lib/server/repo/requirements';
import { readForm } from '$lib/server/request-body';
import { getRequirement, updateRequirement } from '$lib/server/services/requirements';
import { loadSignoffPanel, signoffActions } from '$lib/server/signoff/actions';
import { requirementValues } from '../form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	const access = await requirePageMember(event, project.id);
	let requirement;
	try {
		requirement = await getRequirement(db(), project.id, event.params.requirementId);
	} catch (e) {
		if (e instanceof DomainError) error(e.status, translate(event.locals.locale, e.messageKey));
		throw e;
	}
	const ref = { type: 'requirement' as const, id: requirement.id };
	const [options, panel] = await Promise.all([
		toBeProcessOptions(db(), project.id),
		loadSignoffPanel(db(), project.id, ref, access.member)
	]);
	return {
		requirement,
		options,
		panel,
		// A verdict changed away from 不实施 after a review keeps its history visible.
		showSignoff: requirement.signoff !== 'notNeeded' || panel.view.round !== null,
		editable: project.status === 'active'
	};
};

export const actions: Actions = {
	save: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { write: true });
		const locale = event.locals.locale;
		// Another project's requirement is missing whatever the form holds.
		if (!(await designRowInProject(db(), 'requirements', access.project.id, event.params.requirementId)))
			error(404, translate(locale, 'error.notFound'));
		const values: Record<string, unknown> = { ...formToObject(await readForm(event)), section: 'edit' };
		const v = validate(updateRequirementSchema, requirementValues(values), locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			await updateRequirement(db(), actorOf(event), access.project.id, event.params.requirementId, v.data);
		} catch (e) {
			return domainFail(e, locale, values);
		}
		return { section: 'edit', success: translate(locale, 'req.saved') };
	},
	...signoffActions((event) => ({ type: 'requirement', id: event.params.requirementId ?? '' }))
};
