import { translate } from '$lib/i18n';
import { planTestCasesSchema, updatePlannedCaseSchema } from '$lib/schemas/test-cases';
import { formToObject, validate } from '$lib/schemas/validate';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail, invalidForm } from '$lib/server/forms';
import { toBeProcessOptions } from '$lib/server/repo/requirements';
import { caseLinkOptions } from '$lib/server/repo/test-case-links';
import { cycleTesters, unplannedCasePage } from '$lib/server/repo/test-planning';
import { readForm } from '$lib/server/request-body';
import {
	listPlannedCases,
	planTestCases,
	unplannedMatching,
	unplanTestCase,
	updatePlannedCase
} from '$lib/server/services/test-planning';
import { canPlanCases, parsePlannedQuery } from '$lib/testing/cases';
import { cycleAcceptsRuns } from '$lib/testing/rules';
import { planFilter } from './filter';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async ({ parent, url }) => {
	const { project, cycle, me, canManage } = await parent();
	const { query } = parsePlannedQuery(url.searchParams);
	const canPlan = project.status === 'active' && canPlanCases(me, canManage);
	const open = cycleAcceptsRuns(cycle.status);
	const filter = planFilter(Object.fromEntries(url.searchParams));
	const [list, testers, planning] = await Promise.all([
		listPlannedCases(db(), project.id, cycle.id, query),
		cycleTesters(db(), project.id, cycle.id),
		canPlan && open
			? Promise.all([
					unplannedCasePage(db(), project.id, cycle.id, filter, 1),
					toBeProcessOptions(db(), project.id),
					caseLinkOptions(db(), project.id)
				]).then(([candidates, processes, links]) => ({
					candidates,
					processes: processes.processes,
					requirements: links.requirements
				}))
			: null
	]);
	return { list, query, testers, canPlan, open, filter, planning };
};

async function planner(event: RequestEvent) {
	const access = await requirePageMember(event, event.params.projectId, { write: true });
	const values: Record<string, unknown> = formToObject(await readForm(event), ['caseIds']);
	return { access, values, locale: event.locals.locale, cycleId: event.params.cycleId };
}

export const actions: Actions = {
	plan: async (event) => {
		const { access, values, locale, cycleId } = await planner(event);
		const echoed = { ...values, section: 'plan' };
		const caseIds =
			values.scope === 'selected'
				? values.caseIds
				: await unplannedMatching(
						db(),
						access.project.id,
						cycleId,
						values.scope === 'all' ? planFilter({}) : planFilter(values)
					);
		const v = validate(
			planTestCasesSchema,
			{ caseIds, assigneeMemberId: values.assigneeMemberId || null },
			locale
		);
		if (!v.ok) return invalidForm(locale, v.fields, echoed);
		try {
			const done = await planTestCases(db(), actorOf(event), access, access.project.id, cycleId, v.data);
			return {
				section: 'plan',
				success: translate(locale, 'tcase.plan.done', {
					planned: done.planned,
					already: done.alreadyPlanned
				})
			};
		} catch (e) {
			return domainFail(e, locale, echoed);
		}
	},
	assign: async (event) => {
		const { access, values, locale, cycleId } = await planner(event);
		const echoed = { ...values, section: 'rows' };
		const v = validate(
			updatePlannedCaseSchema,
			{ version: values.version, assigneeMemberId: values.assigneeMemberId || null },
			locale
		);
		if (!v.ok) return invalidForm(locale, v.fields, echoed);
		try {
			const caseId = String(values.caseId ?? '');
			await updatePlannedCase(db(), actorOf(event), access, access.project.id, cycleId, caseId, v.data);
		} catch (e) {
			return domainFail(e, locale, echoed);
		}
		return { section: 'rows', success: translate(locale, 'tcase.plan.assigned') };
	},
	unplan: async (event) => {
		const { access, values, locale, cycleId } = await planner(event);
		try {
			const caseId = String(values.caseId ?? '');
			await unplanTestCase(db(), actorOf(event), access, access.project.id, cycleId, caseId);
		} catch (e) {
			return domainFail(e, locale, { ...values, section: 'rows' });
		}
		return { section: 'rows', success: translate(locale, 'tcase.plan.unplanned') };
	}
};
