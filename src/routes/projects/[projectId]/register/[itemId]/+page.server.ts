import { error, redirect } from '@sveltejs/kit';
import { todayIn } from '$lib/gantt/opening';
import { translate } from '$lib/i18n';
import { registerCommentSchema, registerLinkSchema, updateRegisterItemSchema } from '$lib/schemas/register';
import { formToObject, validate } from '$lib/schemas/validate';
import { changedFields } from '$lib/register/edits';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { DomainError } from '$lib/server/errors';
import { domainFail, invalidForm } from '$lib/server/forms';
import { listMembers } from '$lib/server/repo/members';
import { validationOrigin } from '$lib/server/repo/process-validations';
import { loadRegisterItem } from '$lib/server/repo/register-items';
import { readForm } from '$lib/server/request-body';
import { issueRaisedFrom, updateRegisterItem } from '$lib/server/services/register';
import {
	addRegisterComment,
	addRegisterLink,
	getRegisterItem,
	registerItemHistory,
	removeRegisterLink
} from '$lib/server/services/register-links';
import { linkOptions } from './link-options.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async ({ parent, params, locals }) => {
	const { project } = await parent();
	let detail;
	try {
		detail = await getRegisterItem(db(), project.id, params.itemId);
	} catch (e) {
		if (e instanceof DomainError) error(e.status, translate(locals.locale, e.messageKey));
		throw e;
	}
	const ref = detail.item.originRef;
	const fromWalkthrough = detail.item.origin === 'validation';
	const [origin, walkthrough] = await Promise.all([
		ref && !fromWalkthrough ? loadRegisterItem(db(), project.id, ref) : null,
		ref && fromWalkthrough ? validationOrigin(db(), project.id, ref) : null
	]);
	const [history, members, options] = await Promise.all([
		registerItemHistory(db(), project.id, detail.item.id),
		listMembers(db(), project.id),
		linkOptions(db(), project.id, detail.item.id)
	]);
	return {
		...detail,
		history,
		originItem: origin ? { id: origin.id, code: origin.code } : null,
		// An issue a walkthrough found links back to that walkthrough on its process's validation page.
		originWalkthrough: walkthrough
			? {
					href: `/projects/${project.id}/design/processes/${walkthrough.process.id}/validation#walk-${walkthrough.id}`,
					process: `${walkthrough.process.code} ${walkthrough.process.name}`,
					heldOn: walkthrough.heldOn
				}
			: null,
		members: members.map((m) => ({ id: m.id, name: m.name })),
		linkOptions: options,
		today: todayIn(project.timeZone)
	};
};

async function input(event: RequestEvent, section: string) {
	const access = await requirePageMember(event, event.params.projectId, { write: true });
	// An unknown item is a 404 whatever the form holds.
	if (!(await loadRegisterItem(db(), access.project.id, event.params.itemId)))
		error(404, translate(event.locals.locale, 'error.notFound'));
	const values: Record<string, unknown> = { ...formToObject(await readForm(event)), section };
	return { projectId: access.project.id, values, locale: event.locals.locale, actor: actorOf(event) };
}

export const actions: Actions = {
	save: async (event) => {
		const { projectId, values: posted, locale, actor } = await input(event, 'item');
		// An unticked box posts nothing: an issue's form always carries "blocking".
		if (posted.type === 'issue') posted.blocking ??= 'off';
		const values = changedFields(posted, posted.shown);
		const v = validate(updateRegisterItemSchema, values, locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		let item;
		try {
			item = await updateRegisterItem(db(), actor, projectId, event.params.itemId, v.data);
		} catch (e) {
			return domainFail(e, locale, values);
		}
		const issue = v.data.status === 'occurred' ? await issueRaisedFrom(db(), projectId, item.id) : null;
		if (issue) redirect(303, `/projects/${projectId}/register/${issue.id}?occurred=${item.code}`);
		return { section: 'item', success: translate(locale, 'raidCore.saved') };
	},
	comment: async (event) => {
		const { projectId, values, locale, actor } = await input(event, 'comments');
		const v = validate(registerCommentSchema, values, locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			await addRegisterComment(db(), actor, projectId, event.params.itemId, v.data);
		} catch (e) {
			return domainFail(e, locale, values);
		}
		return { section: 'comments', success: translate(locale, 'raidCore.commentAdded') };
	},
	link: async (event) => {
		const { projectId, values, locale, actor } = await input(event, 'links');
		// The picker posts "task:<id>": one select for every kind of target, no script needed.
		const [targetType, ...rest] = String(values.target ?? '').split(':');
		const v = validate(registerLinkSchema, { targetType, targetId: rest.join(':') }, locale);
		if (!v.ok) return invalidForm(locale, { target: Object.values(v.fields)[0] }, values);
		try {
			await addRegisterLink(db(), actor, projectId, event.params.itemId, v.data);
		} catch (e) {
			return domainFail(e, locale, values);
		}
		return { section: 'links', success: translate(locale, 'raidCore.linkAdded') };
	},
	unlink: async (event) => {
		const { projectId, values, locale, actor } = await input(event, 'links');
		try {
			await removeRegisterLink(db(), actor, projectId, event.params.itemId, String(values.linkId ?? ''));
		} catch (e) {
			return domainFail(e, locale, values);
		}
		return { section: 'links', success: translate(locale, 'raidCore.linkRemoved') };
	}
};
