import { redirect } from '@sveltejs/kit';
import { todayIn } from '$lib/gantt/opening';
import { parseRegisterQuery } from '$lib/register/filter';
import { createRegisterItemSchema } from '$lib/schemas/register';
import { formToObject, validate } from '$lib/schemas/validate';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail, invalidForm } from '$lib/server/forms';
import { listMembers } from '$lib/server/repo/members';
import { readForm } from '$lib/server/request-body';
import { createRegisterItem } from '$lib/server/services/register';
import { listRegisterItems } from '$lib/server/services/register-links';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url }) => {
	const { project, me } = await parent();
	// Unreadable filters are left out here (the API refuses them): a hand-edited URL still shows the register.
	const { query } = parseRegisterQuery(url.searchParams);
	const [list, members] = await Promise.all([
		listRegisterItems(db(), project.id, me.memberId, query),
		listMembers(db(), project.id)
	]);
	return {
		list,
		query,
		members: members.map((m) => ({ id: m.id, name: m.name, side: m.side })),
		today: todayIn(project.timeZone)
	};
};

export const actions: Actions = {
	create: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { write: true });
		const { locale } = event.locals;
		const values = { ...formToObject(await readForm(event)), action: 'create' };
		const v = validate(createRegisterItemSchema, values, locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		let itemId: string;
		try {
			itemId = (await createRegisterItem(db(), actorOf(event), access.project.id, v.data)).id;
		} catch (e) {
			return domainFail(e, locale, values);
		}
		redirect(303, `/projects/${access.project.id}/register/${itemId}?created=1`);
	}
};
