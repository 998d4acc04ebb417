import { error, type RequestEvent } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { dataWaiverSchema, saveReportSchema } from '$lib/schemas/test-report';
import { formToObject, validate } from '$lib/schemas/validate';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail, invalidForm } from '$lib/server/forms';
import { readForm } from '$lib/server/request-body';
import {
	getTestReport,
	renderAndSaveTestReport,
	reportDeliverableOf,
	setDataWaiverReason
} from '$lib/server/services/test-report';
import { loadSignoffPanel, signoffActions } from '$lib/server/signoff/actions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	const access = await requirePageMember(event, project.id);
	const { cycle, summary } = await getTestReport(db(), project.id, event.params.cycleId);
	const [waiver, report] = await Promise.all([
		loadSignoffPanel(db(), project.id, { type: 'testDataWaiver', id: cycle.id }, access.member),
		cycle.reportDeliverableId
			? loadSignoffPanel(
					db(),
					project.id,
					{ type: 'deliverable', id: cycle.reportDeliverableId },
					access.member
				)
			: null
	]);
	return {
		report: cycle,
		summary,
		waiver,
		reportPanel: report,
		canWrite: project.status === 'active',
		canManage: access.canManage && project.status === 'active'
	};
};

const waiverActions = signoffActions(
	(event) => ({ type: 'testDataWaiver', id: event.params.cycleId ?? '' }),
	'waiver'
);

/** The report deliverable's sign-off actions, once the cycle has a deliverable (else there is nothing to sign). */
async function onReport(event: RequestEvent, action: 'submitReview' | 'signOff') {
	const access = await requirePageMember(event, event.params.projectId ?? '');
	const id = await reportDeliverableOf(db(), access.project.id, event.params.cycleId ?? '');
	if (!id) error(404, translate(event.locals.locale, 'error.notFound'));
	return signoffActions(() => ({ type: 'deliverable', id }), 'report')[action](event);
}

export const actions: Actions = {
	/** Renders the report and stores it as the next version of the cycle's own 测试报告 deliverable. */
	saveVersion: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { write: true });
		const locale = event.locals.locale;
		const values = { ...formToObject(await readForm(event)), section: 'save' };
		const v = validate(saveReportSchema, values, locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			const saved = await renderAndSaveTestReport(
				db(),
				actorOf(event),
				access.project.id,
				event.params.cycleId,
				v.data.lang
			);
			return { section: 'save', saved };
		} catch (e) {
			return domainFail(e, locale, values);
		}
	},

	/** A manager writes why results on simulated data are accepted; a change voids the waiver's signatures. */
	waiverReason: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { manage: true, write: true });
		const locale = event.locals.locale;
		const values = { ...formToObject(await readForm(event)), section: 'waiverReason' };
		const v = validate(dataWaiverSchema, values, locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			await setDataWaiverReason(db(), actorOf(event), access.project.id, event.params.cycleId, v.data);
		} catch (e) {
			return domainFail(e, locale, values);
		}
		return { section: 'waiverReason', success: translate(locale, 'treport.page.waiverSaved') };
	},

	submitWaiver: (event) => waiverActions.submitReview(event),
	signWaiver: (event) => waiverActions.signOff(event),
	submitReport: (event) => onReport(event, 'submitReview'),
	signReport: (event) => onReport(event, 'signOff')
};
