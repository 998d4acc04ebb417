import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { updateDefectSchema } from '$lib/schemas/defects';
import { formToObject, validate } from '$lib/schemas/validate';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { DomainError } from '$lib/server/errors';
import { domainFail, invalidForm } from '$lib/server/forms';
import { decisionOptions, defectFormOptions } from '$lib/server/repo/defect-refs';
import { rowInProject } from '$lib/server/repo/project-rows';
import { readForm } from '$lib/server/request-body';
import { movesFor } from '$lib/server/services/defect-forms';
import { updateDefect } from '$lib/server/services/defect-moves';
import { getDefect } from '$lib/server/services/defects';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	const access = await requirePageMember(event, project.id);
	let defect;
	try {
		defect = await getDefect(db(), project.id, event.params.defectId);
	} catch (e) {
		if (e instanceof DomainError) error(e.status, translate(event.locals.locale, e.messageKey));
		throw e;
	}
	const editable = project.status === 'active';
	const [options, moves, decisions] = await Promise.all([
		defectFormOptions(db(), project.id),
		editable ? movesFor(db(), access.member, defect) : [],
		access.canManage && editable ? decisionOptions(db(), project.id) : []
	]);
	return {
		defect,
		moves,
		decisions,
		members: options.members,
		customisations: options.customisations,
		editable
	};
};

async function save(event: RequestEvent, section: 'edit' | 'move') {
	const access = await requirePageMember(event, event.params.projectId, { write: true });
	const locale = event.locals.locale;
	// Another project's defect is missing whatever the form holds.
	if (!(await rowInProject(db(), 'defects', access.project.id, event.params.defectId)))
		error(404, translate(locale, 'error.notFound'));
	const values: Record<string, unknown> = { ...formToObject(await readForm(event)), section };
	const v = validate(updateDefectSchema, values, locale);
	if (!v.ok) return invalidForm(locale, v.fields, values);
	let status;
	try {
		status = (await updateDefect(db(), actorOf(event), access.project.id, event.params.defectId, v.data))
			.status;
	} catch (e) {
		return domainFail(e, locale, values);
	}
	const success =
		section === 'move'
			? translate(locale, 'defect.moved', { status: translate(locale, `testing.defectStatus.${status}`) })
			: translate(locale, 'defect.saved');
	return { section, success };
}

export const actions: Actions = {
	save: (event) => save(event, 'edit'),
	move: (event) => save(event, 'move')
};
