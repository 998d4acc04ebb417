import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { createDefectSchema } from '$lib/schemas/defects';
import { formToObject, validate } from '$lib/schemas/validate';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { DomainError } from '$lib/server/errors';
import { domainFail, invalidForm } from '$lib/server/forms';
import { casesOfCycle, defectFormOptions } from '$lib/server/repo/defect-refs';
import { readForm } from '$lib/server/request-body';
import { defectPrefill } from '$lib/server/services/defect-forms';
import { createDefect } from '$lib/server/services/defects';
import type { Actions, PageServerLoad } from './$types';

const param = (url: URL, name: string) => {
	const v = (url.searchParams.get(name) ?? '').trim();
	return v && v.length <= 64 ? v : null;
};

export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	await requirePageMember(event, project.id, { write: true });
	const cycleId = param(event.url, 'cycle');
	const caseId = param(event.url, 'case');
	const options = await defectFormOptions(db(), project.id);
	if (!cycleId || !caseId || !options.cycles.some((c) => c.id === cycleId)) {
		const cases =
			cycleId && options.cycles.some((c) => c.id === cycleId)
				? await casesOfCycle(db(), project.id, cycleId)
				: [];
		return { prefill: null, cycles: options.cycles, cycleId, cases, options };
	}
	try {
		const prefill = await defectPrefill(
			db(),
			project.id,
			{ cycleId, caseId, runId: param(event.url, 'run'), stepId: param(event.url, 'step') },
			event.locals.locale
		);
		return { prefill, cycles: options.cycles, cycleId, cases: [], options };
	} catch (e) {
		if (e instanceof DomainError) error(e.status, translate(event.locals.locale, e.messageKey));
		throw e;
	}
};

export const actions: Actions = {
	create: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { write: true });
		const { locale } = event.locals;
		const values = formToObject(await readForm(event));
		const v = validate(createDefectSchema, values, locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		let id: string;
		try {
			id = (await createDefect(db(), actorOf(event), access.project.id, v.data)).id;
		} catch (e) {
			return domainFail(e, locale, values);
		}
		redirect(303, `/projects/${access.project.id}/testing/defects/${id}`);
	}
};
