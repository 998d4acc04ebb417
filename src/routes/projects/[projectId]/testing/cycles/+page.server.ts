import { redirect } from '@sveltejs/kit';
import { createTestCycleSchema } from '$lib/schemas/test-cycles';
import { formToObject, validate } from '$lib/schemas/validate';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail, invalidForm } from '$lib/server/forms';
import { listMembers } from '$lib/server/repo/members';
import { readForm } from '$lib/server/request-body';
import { createTestCycle, listTestCycles } from '$lib/server/services/test-cycles';
import { dateInZone } from '$lib/scheduling/zone';
import { parseCyclePage } from '$lib/testing/cycles';
import { cycleValues, testerOptions } from './form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url }) => {
	const { project, canManage } = await parent();
	const { page } = parseCyclePage(url.searchParams);
	const canCreate = canManage && project.status === 'active';
	const [list, members] = await Promise.all([
		listTestCycles(db(), project.id, page),
		canCreate ? listMembers(db(), project.id) : []
	]);
	return {
		list,
		canCreate,
		testers: testerOptions(members),
		today: dateInZone(new Date(), project.timeZone)
	};
};

export const actions: Actions = {
	create: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { write: true, manage: true });
		const { locale } = event.locals;
		const values = formToObject(await readForm(event), ['testerMemberIds']);
		const v = validate(createTestCycleSchema, cycleValues(values), locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		let id: string;
		try {
			id = (await createTestCycle(db(), actorOf(event), access.member, access.project.id, v.data)).id;
		} catch (e) {
			return domainFail(e, locale, values);
		}
		redirect(303, `/projects/${access.project.id}/testing/cycles/${id}`);
	}
};
