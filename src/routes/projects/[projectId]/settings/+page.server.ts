import { updateProjectSchema } from '$lib/schemas/project';
import { formToObject, validate } from '$lib/schemas/validate';
import { translate } from '$lib/i18n';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail, invalidForm } from '$lib/server/forms';
import { updateProject } from '$lib/server/services/projects';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/request-body';

export const load: PageServerLoad = async (event) => {
	await requirePageMember(event, event.params.projectId, { manage: true });
	return { now: new Date().toISOString() };
};

export const actions: Actions = {
	save: async (event) => {
		const { project } = await requirePageMember(event, event.params.projectId, { manage: true, write: true });
		const { locale } = event.locals;
		const input = formToObject(await readForm(event));
		const v = validate(updateProjectSchema, input, locale);
		if (!v.ok) return invalidForm(locale, v.fields, input);
		try {
			await updateProject(db(), actorOf(event), project.id, v.data);
		} catch (e) {
			return domainFail(e, locale, input);
		}
		return { success: translate(locale, 'project.saved') };
	},
	/** The time zone alone, so changing it never resubmits (or conflicts with) the project's other fields. */
	timeZone: async (event) => {
		const { project } = await requirePageMember(event, event.params.projectId, { manage: true, write: true });
		const { locale } = event.locals;
		const input: Record<string, unknown> = { ...formToObject(await readForm(event)), section: 'timeZone' };
		const v = validate(updateProjectSchema, { version: input.version, timeZone: input.timeZone }, locale);
		if (!v.ok) return invalidForm(locale, v.fields, input);
		try {
			const saved = await updateProject(db(), actorOf(event), project.id, v.data);
			return { section: 'timeZone', success: translate(locale, 'timeZone.saved', { zone: saved.timeZone }) };
		} catch (e) {
			return domainFail(e, locale, input);
		}
	},
	/** Overdue escalation alone, like the time zone: its own form, its own version check. */
	escalation: async (event) => {
		const { project } = await requirePageMember(event, event.params.projectId, { manage: true, write: true });
		const { locale } = event.locals;
		const input: Record<string, unknown> = { ...formToObject(await readForm(event)), section: 'escalation' };
		const fields = { version: input.version, escalationDays: input.escalationDays ?? '' };
		const v = validate(updateProjectSchema, fields, locale);
		if (!v.ok) return invalidForm(locale, v.fields, input);
		try {
			const saved = await updateProject(db(), actorOf(event), project.id, v.data);
			const days = saved.escalationDays;
			const success = days
				? translate(locale, 'raidViews.escalation.saved', { days })
				: translate(locale, 'raidViews.escalation.off');
			return { section: 'escalation', success };
		} catch (e) {
			return domainFail(e, locale, input);
		}
	},
	archive: async (event) => setStatus(event, 'archived'),
	restore: async (event) => setStatus(event, 'active')
};

async function setStatus(event: Parameters<Actions[string]>[0], status: 'active' | 'archived') {
	const { project } = await requirePageMember(event, event.params.projectId!, { manage: true });
	const { locale } = event.locals;
	const input = formToObject(await readForm(event));
	const v = validate(updateProjectSchema, { version: input.version, status }, locale);
	if (!v.ok) return invalidForm(locale, v.fields, input);
	try {
		await updateProject(db(), actorOf(event), project.id, v.data);
	} catch (e) {
		return domainFail(e, locale, input);
	}
	return {
		success: translate(locale, status === 'archived' ? 'project.archivedDone' : 'project.restoredDone')
	};
}
