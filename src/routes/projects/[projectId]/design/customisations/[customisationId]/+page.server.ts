import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { updateCustomisationSchema } from '$lib/schemas/customisations';
import { formToObject, validate } from '$lib/schemas/validate';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { DomainError } from '$lib/server/errors';
import { domainFail, invalidForm } from '$lib/server/forms';
import { requirementOptions } from '$lib/server/repo/customisations';
import { designRowInProject } from '$lib/server/repo/design-refs';
import { listMembers } from '$lib/server/repo/members';
import { readForm } from '$lib/server/request-body';
import type { CustomisationView } from '$lib/design/customisations';
import type { Locale } from '$lib/i18n';
import {
	alignCustomisationTask,
	createCustomisationTask,
	getCustomisation,
	updateCustomisation
} from '$lib/server/services/customisations';
import { customisationValues } from '../form';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async ({ parent, params, locals }) => {
	const { project } = await parent();
	let item;
	try {
		item = await getCustomisation(db(), project.id, params.customisationId);
	} catch (e) {
		if (e instanceof DomainError) error(e.status, translate(locals.locale, e.messageKey));
		throw e;
	}
	const canEdit = project.status === 'active';
	const [members, requirements] = await Promise.all([
		canEdit ? listMembers(db(), project.id) : [],
		canEdit ? requirementOptions(db(), project.id, item.id) : []
	]);
	return {
		item,
		members: members.map((m) => ({ id: m.id, name: m.name })),
		requirements,
		canEdit
	};
};

async function input(event: RequestEvent, section: string, manage = false) {
	const access = await requirePageMember(event, event.params.projectId, { write: true, manage });
	// Another project's customisation is a 404 whatever the form holds.
	if (!(await designRowInProject(db(), 'customisations', access.project.id, event.params.customisationId)))
		error(404, translate(event.locals.locale, 'error.notFound'));
	const values: Record<string, unknown> = {
		...formToObject(await readForm(event), ['requirementIds']),
		section
	};
	return {
		projectId: access.project.id,
		values,
		locale: event.locals.locale,
		actor: actorOf(event),
		// The plan is the managers': only their edits move the build task with the estimate and the status.
		planManager: access.canManage
	};
}

/** What became of the build task, said after the save or the move that changed it. */
function taskNote(locale: Locale, before: CustomisationView['task'], after: CustomisationView) {
	if (before && !after.task) return ' ' + translate(locale, 'custom.task.removed');
	if (before && after.task && before.durationDays !== after.task.durationDays)
		return ' ' + translate(locale, 'custom.task.resized', { days: after.task.durationDays });
	return '';
}

export const actions: Actions = {
	save: async (event) => {
		const { projectId, values, locale, actor, planManager } = await input(event, 'item');
		const v = validate(updateCustomisationSchema, customisationValues(values), locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		const id = event.params.customisationId;
		let note;
		try {
			const before = (await getCustomisation(db(), projectId, id)).task;
			const after = await updateCustomisation(db(), actor, projectId, id, v.data, { planManager });
			note = taskNote(locale, before, after);
		} catch (e) {
			return domainFail(e, locale, values);
		}
		return { section: 'item', success: translate(locale, 'custom.saved') + note };
	},
	move: async (event) => {
		const { projectId, values, locale, actor, planManager } = await input(event, 'moves');
		const v = validate(updateCustomisationSchema, { version: values.version, status: values.status }, locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		const id = event.params.customisationId;
		let after, before;
		try {
			before = (await getCustomisation(db(), projectId, id)).task;
			after = await updateCustomisation(db(), actor, projectId, id, v.data, { planManager });
		} catch (e) {
			return domainFail(e, locale, values);
		}
		const label = translate(locale, `design.customStatus.${after.status}`);
		const moved = translate(locale, 'custom.moved', { status: label });
		return { section: 'moves', success: moved + taskNote(locale, before, after) };
	},
	align: async (event) => {
		const { projectId, values, locale, actor } = await input(event, 'task', true);
		try {
			await alignCustomisationTask(db(), actor, projectId, event.params.customisationId);
		} catch (e) {
			return domainFail(e, locale, values);
		}
		return { section: 'task', success: translate(locale, 'custom.task.aligned') };
	},
	task: async (event) => {
		const { projectId, values, locale, actor } = await input(event, 'task', true);
		try {
			await createCustomisationTask(db(), actor, projectId, event.params.customisationId);
		} catch (e) {
			return domainFail(e, locale, values);
		}
		return { section: 'task', success: translate(locale, 'custom.task.created') };
	}
};
