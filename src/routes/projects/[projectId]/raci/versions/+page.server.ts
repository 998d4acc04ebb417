import { raciBaselineSchema } from '$lib/schemas/raci';
import { formToObject, validate } from '$lib/schemas/validate';
import { translate } from '$lib/i18n';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail, invalidForm } from '$lib/server/forms';
import { baselineRaci } from '$lib/server/services/raci-baselines';
import { compareRaci, listRaciBaselines } from '$lib/server/repo/raci-baselines';
import { loadRaciMatrix } from '$lib/server/repo/raci';
import { DomainError } from '$lib/server/errors';
import { loadSignoffPanel, signoffActions } from '$lib/server/signoff/actions';
import { RACI_OBJECT_ID } from '$lib/signoff/types';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/request-body';

export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	const access = await requirePageMember(event, project.id);
	const [baselines, { matrix }] = await Promise.all([
		listRaciBaselines(db(), project.id),
		loadRaciMatrix(db(), project.id)
	]);
	const from = event.url.searchParams.get('from');
	const to = event.url.searchParams.get('to') || 'current';
	let changes = null;
	let compareError: string | null = null;
	if (from) {
		try {
			changes = await compareRaci(db(), project.id, from, to);
		} catch (e) {
			if (!(e instanceof DomainError)) throw e;
			compareError = translate(event.locals.locale, e.messageKey);
		}
	}
	const panel = await loadSignoffPanel(
		db(),
		project.id,
		{ type: 'raciBaseline', id: RACI_OBJECT_ID },
		access.member
	);
	return {
		baselines,
		columns: matrix.columns,
		from,
		to,
		changes,
		compareError,
		canEdit: access.canManage && project.status === 'active',
		panel
	};
};

export const actions: Actions = {
	baseline: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { manage: true, write: true });
		const values = formToObject(await readForm(event));
		const locale = event.locals.locale;
		const v = validate(raciBaselineSchema, values, locale, { label: 'raci.baselineLabel' });
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			const baseline = await baselineRaci(db(), actorOf(event), access.project.id, v.data.label);
			return { success: translate(locale, 'raci.baselineCreated', { number: baseline.number }) };
		} catch (e) {
			return domainFail(e, locale, values);
		}
	},
	...signoffActions(() => ({ type: 'raciBaseline', id: RACI_OBJECT_ID }))
};
