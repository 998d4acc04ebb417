import { redirect } from '@sveltejs/kit';
import { parsePainPointQuery } from '$lib/design/pain-points';
import { createPainPointSchema } from '$lib/schemas/pain-points';
import { formToObject, validate } from '$lib/schemas/validate';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail, invalidForm } from '$lib/server/forms';
import { asIsProcessOptions, interviewOptions, stepOptions } from '$lib/server/repo/pain-points';
import { readForm } from '$lib/server/request-body';
import { createPainPoint, listPainPoints, painPointOverview } from '$lib/server/services/pain-points';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url }) => {
	const { project } = await parent();
	// Unreadable filters are left out here (the API refuses them): a hand-edited URL still shows the list.
	const { query } = parsePainPointQuery(url.searchParams);
	// Opened for one process (from its page), the new pain point can name its step straight away.
	const [list, overview, processes, interviews, steps] = await Promise.all([
		listPainPoints(db(), project.id, query),
		painPointOverview(db(), project.id, query),
		asIsProcessOptions(db(), project.id),
		interviewOptions(db(), project.id),
		query.processId ? stepOptions(db(), project.id, query.processId) : null
	]);
	return { list, query, grid: overview.grid, gaps: overview.gaps, processes, interviews, steps };
};

export const actions: Actions = {
	create: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { write: true });
		const { locale } = event.locals;
		const values = formToObject(await readForm(event));
		const v = validate(createPainPointSchema, values, locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		let id: string;
		try {
			id = (await createPainPoint(db(), actorOf(event), access.project.id, v.data)).id;
		} catch (e) {
			return domainFail(e, locale, values);
		}
		redirect(303, `/projects/${access.project.id}/design/pain-points/${id}?created=1`);
	}
};
