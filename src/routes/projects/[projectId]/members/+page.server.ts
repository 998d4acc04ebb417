import { addMemberSchema, updateMemberSchema } from '$lib/schemas/project';
import { formToObject, validate } from '$lib/schemas/validate';
import { translate } from '$lib/i18n';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail, formFail, invalidForm } from '$lib/server/forms';
import { addMember, listMembers, removeMember, updateMember } from '$lib/server/repo/members';
import { DomainError } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/request-body';

export const load: PageServerLoad = async ({ parent }) => {
	const { project } = await parent();
	return { members: await listMembers(db(), project.id) };
};

/** Managers only; the check runs on every action, whatever the page showed. */
async function managerAccess(event: Parameters<Actions[string]>[0]) {
	return requirePageMember(event, event.params.projectId!, { manage: true, write: true });
}

export const actions: Actions = {
	add: async (event) => {
		const { project } = await managerAccess(event);
		const { locale } = event.locals;
		const input = formToObject(await readForm(event), ['roles']);
		const v = validate(addMemberSchema, input, locale);
		if (!v.ok) return invalidForm(locale, v.fields, { ...input, action: 'add' });
		try {
			const member = await addMember(db(), actorOf(event), project.id, v.data);
			return { action: 'add', success: translate(locale, 'members.added', { name: member.name }) };
		} catch (e) {
			return domainFail(e, locale, { ...input, action: 'add' });
		}
	},
	update: async (event) => {
		const { project } = await managerAccess(event);
		const { locale } = event.locals;
		const input = formToObject(await readForm(event), ['roles']);
		const memberId = String(input.memberId ?? '');
		const v = validate(updateMemberSchema, input, locale);
		if (!v.ok) return invalidForm(locale, v.fields, { ...input, action: 'update' });
		try {
			const member = await updateMember(db(), actorOf(event), project.id, memberId, v.data);
			return { action: 'update', memberId, success: translate(locale, 'members.updated', { name: member.name }) };
		} catch (e) {
			return domainFail(e, locale, { ...input, action: 'update' }, { memberId });
		}
	},
	remove: async (event) => {
		const { project } = await managerAccess(event);
		const { locale } = event.locals;
		const memberId = String((await readForm(event)).get('memberId') ?? '');
		try {
			await removeMember(db(), actorOf(event), project.id, memberId);
			return { action: 'remove', success: translate(locale, 'members.removed') };
		} catch (e) {
			if (e instanceof DomainError) return formFail(e.status, locale, e.messageKey, {}, { action: 'remove' }, { memberId });
			throw e;
		}
	}
};
