import { translate } from '$lib/i18n';
import { updateTestCycleSchema } from '$lib/schemas/test-cycles';
import { formToObject, validate } from '$lib/schemas/validate';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail, invalidForm } from '$lib/server/forms';
import { listMembers } from '$lib/server/repo/members';
import { readForm } from '$lib/server/request-body';
import { getTestCycle, updateTestCycle } from '$lib/server/services/test-cycles';
import { getTestFigures } from '$lib/server/services/test-figures';
import { lateDataNeeds } from '$lib/server/services/test-data-needs';
import type { RequestEvent } from '@sveltejs/kit';
import { cycleValues, testerOptions } from '../form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, params }) => {
	const { project, canManage } = await parent();
	const editable = canManage && project.status === 'active';
	const [cycle, figures, late, members] = await Promise.all([
		getTestCycle(db(), project.id, params.cycleId),
		getTestFigures(db(), project.id, params.cycleId),
		lateDataNeeds(db(), project.id, params.cycleId),
		editable ? listMembers(db(), project.id) : []
	]);
	return { item: cycle, exit: figures.exit, late, editable, testers: testerOptions(members) };
};

/** Each form of the page posts its `section`: plan (name, environment, entry, testers), exit, status. */
async function save(event: RequestEvent, section: 'plan' | 'exit' | 'status') {
	const access = await requirePageMember(event, event.params.projectId ?? '', { write: true });
	const { locale } = event.locals;
	const multi = section === 'plan' ? ['testerMemberIds'] : [];
	const values = { ...formToObject(await readForm(event), multi), section };
	const v = validate(updateTestCycleSchema, cycleValues(values, section === 'exit'), locale);
	if (!v.ok) return invalidForm(locale, v.fields, values);
	try {
		const cycle = await updateTestCycle(
			db(),
			actorOf(event),
			access.member,
			access.project.id,
			event.params.cycleId ?? '',
			v.data
		);
		const success =
			section === 'status'
				? translate(locale, 'cycle.statusSaved', {
						status: translate(locale, `testing.cycleStatus.${cycle.status}`)
					})
				: translate(locale, 'cycle.saved');
		return { section, success };
	} catch (e) {
		return domainFail(e, locale, values);
	}
}

export const actions: Actions = {
	plan: (event) => save(event, 'plan'),
	exit: (event) => save(event, 'exit'),
	status: (event) => save(event, 'status')
};
