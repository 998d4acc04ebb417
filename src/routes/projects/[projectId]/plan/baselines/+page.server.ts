import { planBaselineSchema } from '$lib/schemas/plan';
import { formToObject, validate } from '$lib/schemas/validate';
import { translate } from '$lib/i18n';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { DomainError } from '$lib/server/errors';
import { domainFail, invalidForm } from '$lib/server/forms';
import { compareBaseline, listPlanBaselines } from '$lib/server/repo/plan-baselines';
import { createPlanBaseline } from '$lib/server/services/plan/baselines';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/request-body';

export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	const access = await requirePageMember(event, project.id);
	const baselines = await listPlanBaselines(db(), project.id);
	const chosen = event.url.searchParams.get('baseline') ?? baselines[0]?.id ?? null;
	let variances = null;
	if (chosen) {
		try {
			variances = await compareBaseline(db(), project.id, chosen);
		} catch (e) {
			if (!(e instanceof DomainError)) throw e;
		}
	}
	return { baselines, chosen, variances, canManage: access.canManage && project.status === 'active' };
};

export const actions: Actions = {
	create: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { manage: true, write: true });
		const values = formToObject(await readForm(event));
		const locale = event.locals.locale;
		const v = validate(planBaselineSchema, values, locale, { name: 'plan.baselineName' });
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			const b = await createPlanBaseline(db(), actorOf(event), access.project.id, v.data.name);
			return { success: translate(locale, 'plan.baselineCreated', { number: b.number }) };
		} catch (e) {
			return domainFail(e, locale, values);
		}
	}
};
