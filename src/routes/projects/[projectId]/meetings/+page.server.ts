import { redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { CADENCE_SUGGESTIONS } from '$lib/meetings/cadence';
import { createMeetingSchema, meetingSeriesSchema } from '$lib/schemas/meetings';
import { formToObject, validate } from '$lib/schemas/validate';
import { dateInZone } from '$lib/scheduling/zone';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail, invalidForm } from '$lib/server/forms';
import { getDocument } from '$lib/server/repo/documents';
import { listMembers } from '$lib/server/repo/members';
import { listSeries } from '$lib/server/repo/meetings';
import { readForm } from '$lib/server/request-body';
import { planSeriesMeetings, saveMeetingSeries } from '$lib/server/services/meeting-series';
import { createMeeting, listMeetings } from '$lib/server/services/meetings';
import { meetingValues } from './form';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const { project } = await requirePageMember(event, event.params.projectId);
	const [meetings, series, members, charter] = await Promise.all([
		listMeetings(db(), project.id),
		listSeries(db(), project.id),
		listMembers(db(), project.id),
		getDocument(db(), project.id, 'charter')
	]);
	const today = dateInZone(new Date(), project.timeZone);
	const upcoming = meetings.filter((m) => m.status === 'planned' && m.date >= today);
	const past = meetings.filter((m) => !upcoming.includes(m)).reverse();
	// The methodology's next suggested series the project does not have yet.
	const suggestion = CADENCE_SUGGESTIONS.find((s) => !series.some((x) => x.type === s.type)) ?? null;
	return {
		upcoming,
		past,
		series,
		suggestion,
		today,
		charterCadence: charter.content.meetingCadence,
		members: members.map((m) => ({ id: m.id, name: m.name, side: m.side })),
		canEdit: project.status === 'active'
	};
};

async function input(event: RequestEvent, section: string) {
	const access = await requirePageMember(event, event.params.projectId, { write: true });
	const values: Record<string, unknown> = {
		...formToObject(await readForm(event), ['attendeeIds']),
		section
	};
	return { access, values, locale: event.locals.locale, actor: actorOf(event) };
}

export const actions: Actions = {
	create: async (event) => {
		const { access, values, locale, actor } = await input(event, 'create');
		const v = validate(createMeetingSchema, meetingValues(values), locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		let id: string;
		try {
			id = (await createMeeting(db(), actor, access.project.id, v.data)).id;
		} catch (e) {
			return domainFail(e, locale, values);
		}
		redirect(303, `/projects/${access.project.id}/meetings/${id}`);
	},
	series: async (event) => {
		const { access, values, locale, actor } = await input(event, 'series');
		values.section = `series-${values.seriesId || 'new'}`;
		const v = validate(meetingSeriesSchema, meetingValues(values), locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		const current = values.seriesId ? { id: String(values.seriesId), version: Number(values.version) } : null;
		try {
			const { planned } = await saveMeetingSeries(db(), actor, access.project.id, v.data, current);
			return {
				section: values.section,
				success: translate(locale, 'meeting.seriesSaved', { count: planned })
			};
		} catch (e) {
			return domainFail(e, locale, values);
		}
	},
	plan: async (event) => {
		const { access, locale, actor } = await input(event, 'plan');
		try {
			const count = await planSeriesMeetings(db(), actor, access.project.id);
			return { section: 'plan', success: translate(locale, 'meeting.planned', { count }) };
		} catch (e) {
			return domainFail(e, locale, { section: 'plan' });
		}
	}
};
