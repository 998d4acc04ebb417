import { requirePageMember, actorOf } from '$lib/server/access';
import { db } from '$lib/server/app';
import { describeDocumentKinds } from '$lib/server/documents/kinds';
import { saveRenderedVersion } from '$lib/server/documents/as-version';
import { domainFail, invalidForm } from '$lib/server/forms';
import { getCommentary } from '$lib/server/repo/commentaries';
import { saveCommentary } from '$lib/server/services/commentaries';
import { COMMENTARY_MAX, commentarySchema } from '$lib/schemas/commentary';
import { formToObject, validate } from '$lib/schemas/validate';
import { fromDay, toDay, weekday } from '$lib/scheduling/dates';
import { dateInZone } from '$lib/scheduling/zone';
import { listPhases } from '$lib/server/repo/phases';
import { reportCycleOptions } from '$lib/server/services/test-report';
import { localName } from '$lib/i18n/local-name';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/request-body';

/** The week whose commentary the page shows: ?week= when it is a Monday, else the project's current week. */
function weekOf(event: Parameters<PageServerLoad>[0], timeZone: string): string {
	const asked = event.url.searchParams.get('week') ?? '';
	if (commentarySchema.shape.weekStart.safeParse(asked).success) return asked;
	const today = toDay(dateInZone(new Date(), timeZone));
	return fromDay(today - (weekday(today) - 1));
}

export const load: PageServerLoad = async (event) => {
	const { project, canManage } = await requirePageMember(event, event.params.projectId);
	const locale = event.locals.locale;
	const [phases, commentary, cycles] = await Promise.all([
		listPhases(db(), project.id),
		getCommentary(db(), project.id, weekOf(event, project.timeZone)),
		reportCycleOptions(db(), project.id)
	]);
	return {
		commentary,
		commentaryMax: COMMENTARY_MAX,
		canComment: canManage && project.status === 'active',
		kinds: describeDocumentKinds(project.id, locale),
		phases: phases.map((p) => ({
			id: p.id,
			name: localName(p, locale),
			status: p.status
		})),
		cycles,
		currentPhaseId: phases.find((p) => p.status === 'gateReview' || p.status === 'inProgress')?.id ?? null,
		canSave: project.status === 'active'
	};
};

export const actions: Actions = {
	/** A generated PDF becomes the next version of its deliverable, ready to submit for review. */
	saveVersion: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { write: true });
		const values = Object.fromEntries(await readForm(event));
		try {
			const saved = await saveRenderedVersion(
				db(),
				actorOf(event),
				access.project.id,
				String(values.jobId ?? '')
			);
			return { saved };
		} catch (e) {
			return domainFail(e, event.locals.locale, {});
		}
	},

	/** A project manager's commentary on one week, printed in that week's report. */
	commentary: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { manage: true, write: true });
		const locale = event.locals.locale;
		const values = { ...formToObject(await readForm(event)), section: 'commentary' };
		const v = validate(commentarySchema, values, locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			const saved = await saveCommentary(db(), actorOf(event), access.project.id, v.data);
			return { section: 'commentary', commentarySaved: saved.version };
		} catch (e) {
			return domainFail(e, locale, values);
		}
	}
};
