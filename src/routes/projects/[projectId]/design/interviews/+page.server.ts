import { redirect } from '@sveltejs/kit';
import { todayIn } from '$lib/gantt/opening';
import { createInterviewSchema } from '$lib/schemas/interviews';
import { formToObject, validate } from '$lib/schemas/validate';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail, invalidForm } from '$lib/server/forms';
import { listMembers } from '$lib/server/repo/members';
import { processOptions } from '$lib/server/repo/processes';
import { readForm } from '$lib/server/request-body';
import { createInterview, listInterviews } from '$lib/server/services/interviews';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url }) => {
	const { project } = await parent();
	const [interviews, members, processes] = await Promise.all([
		listInterviews(db(), project.id, Number(url.searchParams.get('page') ?? 1)),
		listMembers(db(), project.id),
		processOptions(db(), project.id, 'asIs')
	]);
	return {
		interviews,
		members: members.map((m) => ({ id: m.id, name: m.name })),
		processes,
		today: todayIn(project.timeZone),
		canEdit: project.status === 'active'
	};
};

export const actions: Actions = {
	create: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { write: true });
		const { locale } = event.locals;
		const values: Record<string, unknown> = {
			...formToObject(await readForm(event), ['processIds']),
			section: 'create'
		};
		const v = validate(createInterviewSchema, values, locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		let id: string;
		try {
			id = (await createInterview(db(), actorOf(event), access.project.id, v.data)).id;
		} catch (e) {
			return domainFail(e, locale, values);
		}
		redirect(303, `/projects/${access.project.id}/design/interviews/${id}`);
	}
};
