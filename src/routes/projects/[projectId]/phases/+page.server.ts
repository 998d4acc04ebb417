import { z } from 'zod';
import { requiredText, optionalText, version } from '$lib/schemas/common';
import { formToObject, validate } from '$lib/schemas/validate';
import { translate } from '$lib/i18n';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail, invalidForm } from '$lib/server/forms';
import { loadDashboard } from '$lib/server/services/dashboard';
import { addPhase, movePhase, removePhase, renamePhase } from '$lib/server/services/phases';
import { saveProjectAsTemplate } from '$lib/server/services/plan/templates';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { readForm } from '$lib/server/request-body';

export const load: PageServerLoad = async ({ parent }) => {
	const { project } = await parent();
	return { phases: (await loadDashboard(db(), project.id)).phases };
};

const renameSchema = z.object({ phaseId: z.string().min(1), version, name: requiredText(100) });
const addSchema = z.object({ name: requiredText(100), afterPhaseId: z.string().max(64).optional() });
const templateSchema = z.object({ templateName: requiredText(100), templateDescription: optionalText(1000) });

async function manage(event: RequestEvent) {
	const access = await requirePageMember(event, event.params.projectId, { manage: true, write: true });
	const input = formToObject(await readForm(event));
	return { access, input, locale: event.locals.locale, actor: actorOf(event) };
}

export const actions: Actions = {
	rename: async (event) => {
		const { access, input, locale, actor } = await manage(event);
		const v = validate(renameSchema, input, locale, { name: 'field.phaseName' });
		if (!v.ok) return invalidForm(locale, v.fields, input);
		try {
			await renamePhase(db(), actor, access.project.id, v.data.phaseId, v.data);
		} catch (e) {
			return domainFail(e, locale, input);
		}
		return { success: translate(locale, 'phases.renamed') };
	},
	add: async (event) => {
		const { access, input, locale, actor } = await manage(event);
		const v = validate(addSchema, input, locale, { name: 'field.phaseName' });
		if (!v.ok) return invalidForm(locale, v.fields, input);
		try {
			await addPhase(db(), actor, access.project.id, v.data);
		} catch (e) {
			return domainFail(e, locale, input);
		}
		return { success: translate(locale, 'phases.added') };
	},
	move: async (event) => {
		const { access, input, locale, actor } = await manage(event);
		try {
			await movePhase(
				db(),
				actor,
				access.project.id,
				String(input.phaseId ?? ''),
				input.direction === 'up' ? 'up' : 'down'
			);
		} catch (e) {
			return domainFail(e, locale, input);
		}
		return { success: translate(locale, 'phases.moved') };
	},
	remove: async (event) => {
		const { access, input, locale, actor } = await manage(event);
		try {
			await removePhase(db(), actor, access.project.id, String(input.phaseId ?? ''), Number(input.version));
		} catch (e) {
			return domainFail(e, locale, input);
		}
		return { success: translate(locale, 'phases.removed') };
	},
	saveTemplate: async (event) => {
		const { access, input, locale, actor } = await manage(event);
		const v = validate(templateSchema, input, locale);
		if (!v.ok) return invalidForm(locale, v.fields, input);
		await saveProjectAsTemplate(db(), { ...actor, userId: event.locals.user!.id }, access.project.id, {
			name: v.data.templateName,
			description: v.data.templateDescription
		});
		return { success: translate(locale, 'phases.templateSaved', { name: v.data.templateName }) };
	}
};
