import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { updatePainPointSchema } from '$lib/schemas/pain-points';
import { deleteDesignRecordSchema } from '$lib/schemas/processes';
import { formToObject, validate } from '$lib/schemas/validate';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { DomainError } from '$lib/server/errors';
import { domainFail, invalidForm } from '$lib/server/forms';
import { asIsProcessOptions, interviewOptions, stepOptions } from '$lib/server/repo/pain-points';
import { readForm } from '$lib/server/request-body';
import { deletePainPoint, getPainPoint, updatePainPoint } from '$lib/server/services/pain-points';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	const painPoint = await getPainPoint(db(), project.id, event.params.painPointId).catch((e: unknown) => {
		if (e instanceof DomainError) error(e.status, translate(event.locals.locale, e.messageKey));
		throw e;
	});
	const [steps, processes, interviews] = await Promise.all([
		stepOptions(db(), project.id, painPoint.processId),
		asIsProcessOptions(db(), project.id),
		interviewOptions(db(), project.id)
	]);
	return { painPoint, steps, processes, interviews, created: event.url.searchParams.has('created') };
};

/**
 * The step list shows the steps of the process the page was opened with: when the person picks another
 * process and leaves that step as it was, they did not choose it for the new process.
 */
async function stepStillMeant(projectId: string, id: string, form: Record<string, unknown>) {
	const before = await getPainPoint(db(), projectId, id).catch(() => null);
	const moved = before && form.processId !== undefined && form.processId !== before.processId;
	return moved && form.stepId === (before.stepId ?? '') ? '' : form.stepId;
}

/** Each form posts its `section`; the edit form posts every field, so an unticked box means "no". */
async function save(event: RequestEvent, section: 'save' | 'defer' | 'reopen') {
	const access = await requirePageMember(event, event.params.projectId, { write: true });
	const { locale } = event.locals;
	const form = formToObject(await readForm(event));
	const values: Record<string, unknown> = { ...form, section };
	const input =
		section === 'save'
			? {
					...form,
					burdensCustomer: form.burdensCustomer ?? '',
					stepId: await stepStillMeant(access.project.id, event.params.painPointId, form),
					status: undefined,
					deferralReason: undefined
				}
			: section === 'defer'
				? { version: form.version, status: 'deferred', deferralReason: form.deferralReason ?? '' }
				: { version: form.version, status: 'open' };
	const v = validate(updatePainPointSchema, input, locale);
	if (!v.ok) return invalidForm(locale, v.fields, values);
	try {
		await updatePainPoint(db(), actorOf(event), access.project.id, event.params.painPointId, v.data);
	} catch (e) {
		return domainFail(e, locale, values);
	}
	return { section, success: translate(locale, `pain.done.${section}`) };
}

export const actions: Actions = {
	save: (event) => save(event, 'save'),
	defer: (event) => save(event, 'defer'),
	reopen: (event) => save(event, 'reopen'),
	delete: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { write: true });
		const { locale } = event.locals;
		const values = { ...formToObject(await readForm(event)), section: 'delete' };
		const v = validate(deleteDesignRecordSchema, values, locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			await deletePainPoint(
				db(),
				actorOf(event),
				access.project.id,
				event.params.painPointId,
				v.data.version
			);
		} catch (e) {
			return domainFail(e, locale, values);
		}
		redirect(303, `/projects/${access.project.id}/design/pain-points`);
	}
};
