import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { localName } from '$lib/i18n/local-name';
import { updateMeetingSchema } from '$lib/schemas/meetings';
import { createRegisterItemSchema, updateRegisterItemSchema } from '$lib/schemas/register';
import { formToObject, validate } from '$lib/schemas/validate';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { saveMinutesAsVersion } from '$lib/server/documents/minutes';
import { DomainError } from '$lib/server/errors';
import { domainFail, formFail, invalidForm } from '$lib/server/forms';
import { listDeliverables } from '$lib/server/repo/gates';
import { listMembers } from '$lib/server/repo/members';
import { readForm } from '$lib/server/request-body';
import { getMeeting, recordMeetingItem } from '$lib/server/services/meetings';
import { updateMeeting } from '$lib/server/services/meetings';
import { updateRegisterItem } from '$lib/server/services/register';
import { meetingValues } from '../form';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const { project, member, canManage } = await requirePageMember(event, event.params.projectId);
	const meeting = await getMeeting(db(), project.id, event.params.meetingId).catch((e: unknown) => {
		if (e instanceof DomainError) error(e.status, translate(event.locals.locale, e.messageKey));
		throw e;
	});
	const [members, deliverables] = await Promise.all([
		listMembers(db(), project.id),
		listDeliverables(db(), project.id)
	]);
	return {
		meeting,
		members: members.map((m) => ({ id: m.id, name: m.name, side: m.side })),
		deliverables: deliverables.map((d) => ({
			id: d.id,
			name: localName(d, event.locals.locale),
			templateKey: d.templateKey
		})),
		myMemberId: member.id,
		canManage,
		canEdit: project.status === 'active'
	};
};

async function input(event: RequestEvent, section: string) {
	const access = await requirePageMember(event, event.params.projectId, { write: true });
	const values: Record<string, unknown> = {
		...formToObject(await readForm(event), ['attendeeIds']),
		section
	};
	return { access, values, locale: event.locals.locale, actor: actorOf(event), id: event.params.meetingId };
}

export const actions: Actions = {
	save: async (event) => {
		const { access, values, locale, actor, id } = await input(event, 'save');
		const v = validate(updateMeetingSchema, meetingValues(values), locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			await updateMeeting(db(), actor, access.project.id, id, v.data);
		} catch (e) {
			return domainFail(e, locale, values);
		}
		return { section: 'save', success: translate(locale, 'meeting.saved') };
	},
	item: async (event) => {
		const { access, values, locale, actor, id } = await input(event, 'item');
		values.section = `item-${String(values.type ?? '')}`;
		const v = validate(createRegisterItemSchema, values, locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			const item = await recordMeetingItem(db(), actor, access.project.id, id, v.data);
			return { section: values.section, success: translate(locale, 'meeting.recorded', { code: item.code }) };
		} catch (e) {
			return domainFail(e, locale, values);
		}
	},
	/** The owner of an action (or a project manager) moves it on from the meeting page. */
	status: async (event) => {
		const { access, values, locale, actor, id } = await input(event, 'status');
		const meeting = await getMeeting(db(), access.project.id, id).catch(() => null);
		const item = meeting?.items.find((i) => i.id === values.itemId);
		if (!item) return formFail(404, locale, 'error.notFound', {}, values);
		values.section = `status-${item.id}`;
		if (item.ownerMemberId !== access.member.id && !access.canManage)
			return formFail(403, locale, 'meeting.error.notOwner', {}, values);
		const v = validate(updateRegisterItemSchema, { version: values.version, status: values.status }, locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			const saved = await updateRegisterItem(db(), actor, access.project.id, item.id, v.data);
			return {
				section: values.section,
				success: translate(locale, 'meeting.statusUpdated', { code: saved.code })
			};
		} catch (e) {
			return domainFail(e, locale, values);
		}
	},
	saveVersion: async (event) => {
		const { access, values, locale, actor, id } = await input(event, 'version');
		const lang = values.lang === 'en' ? 'en' : 'zh-CN';
		try {
			const saved = await saveMinutesAsVersion(
				db(),
				actor,
				access.project.id,
				id,
				String(values.deliverableId ?? ''),
				lang
			);
			const d = (await listDeliverables(db(), access.project.id)).find((x) => x.id === saved.deliverableId);
			const title = d ? localName(d, locale) : '';
			return {
				section: 'version',
				success: translate(locale, 'meeting.versionSaved', { title, number: saved.number })
			};
		} catch (e) {
			return domainFail(e, locale, values);
		}
	}
};
