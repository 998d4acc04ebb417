import { reviewSettingsSchema, signoffSlotSchema } from '$lib/schemas/signoff';
import { formToObject, validate } from '$lib/schemas/validate';
import { translate } from '$lib/i18n';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail, invalidForm } from '$lib/server/forms';
import { addSlot, removeSlot, updateReviewDays } from '$lib/server/services/signoff/slots';
import { listSlots } from '$lib/server/repo/signoff-slots';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { readForm } from '$lib/server/request-body';

export const load: PageServerLoad = async (event) => {
	const { project } = await requirePageMember(event, event.params.projectId, { manage: true });
	return {
		slots: await listSlots(db(), project.id),
		reviewDays: project.reviewDays,
		version: Number(project.version)
	};
};

async function input(event: RequestEvent) {
	const { project } = await requirePageMember(event, event.params.projectId, { manage: true, write: true });
	return {
		project,
		values: formToObject(await readForm(event)),
		locale: event.locals.locale,
		actor: actorOf(event)
	};
}

export const actions: Actions = {
	reviewDays: async (event) => {
		const { project, values, locale, actor } = await input(event);
		const v = validate(reviewSettingsSchema, values, locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			await updateReviewDays(db(), actor, project.id, v.data);
		} catch (e) {
			return domainFail(e, locale, values);
		}
		return { success: translate(locale, 'signoffSettings.saved') };
	},
	addSlot: async (event) => {
		const { project, values, locale, actor } = await input(event);
		const v = validate(signoffSlotSchema, values, locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			await addSlot(db(), actor, project.id, v.data);
		} catch (e) {
			return domainFail(e, locale, values);
		}
		return { success: translate(locale, 'signoffSettings.saved') };
	},
	removeSlot: async (event) => {
		const { project, values, locale, actor } = await input(event);
		try {
			await removeSlot(db(), actor, project.id, String(values.slotId ?? ''));
		} catch (e) {
			return domainFail(e, locale, values);
		}
		return { success: translate(locale, 'signoffSettings.saved') };
	}
};
