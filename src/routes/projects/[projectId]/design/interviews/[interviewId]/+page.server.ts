import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { updateInterviewSchema } from '$lib/schemas/interviews';
import { deleteDesignRecordSchema } from '$lib/schemas/processes';
import { formToObject, validate } from '$lib/schemas/validate';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { DomainError } from '$lib/server/errors';
import { domainFail, invalidForm } from '$lib/server/forms';
import { designRowInProject } from '$lib/server/repo/design-refs';
import { listMembers } from '$lib/server/repo/members';
import { painPointRefs } from '$lib/server/repo/process-view';
import { processOptions } from '$lib/server/repo/processes';
import { readForm } from '$lib/server/request-body';
import { deleteInterview, getInterview, updateInterview } from '$lib/server/services/interviews';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, params, locals }) => {
	const { project } = await parent();
	const interview = await getInterview(db(), project.id, params.interviewId).catch((e: unknown) => {
		if (e instanceof DomainError) error(e.status, translate(locals.locale, e.messageKey));
		throw e;
	});
	const [members, processes, painPoints] = await Promise.all([
		listMembers(db(), project.id),
		processOptions(db(), project.id, 'asIs'),
		painPointRefs(db(), project.id, { interviewId: interview.id, limit: 50 })
	]);
	// A covered to-be process (linked through the API) stays choosable so a save does not drop it.
	const extra = interview.processes.filter((p) => !processes.some((o) => o.id === p.id));
	return {
		interview,
		members: members.map((m) => ({ id: m.id, name: m.name })),
		processes: [...processes, ...extra],
		painPoints,
		canEdit: project.status === 'active'
	};
};

export const actions: Actions = {
	save: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { write: true });
		const { locale } = event.locals;
		if (!(await designRowInProject(db(), 'interviews', access.project.id, event.params.interviewId)))
			error(404, translate(locale, 'error.notFound'));
		const values: Record<string, unknown> = {
			...formToObject(await readForm(event), ['processIds']),
			section: 'save'
		};
		const v = validate(updateInterviewSchema, values, locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			await updateInterview(db(), actorOf(event), access.project.id, event.params.interviewId, v.data);
		} catch (e) {
			return domainFail(e, locale, values);
		}
		return { section: 'save', success: translate(locale, 'interview.saved') };
	},
	delete: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { write: true });
		const { locale } = event.locals;
		const values = { ...formToObject(await readForm(event)), section: 'delete' };
		const v = validate(deleteDesignRecordSchema, values, locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			await deleteInterview(
				db(),
				actorOf(event),
				access.project.id,
				event.params.interviewId,
				v.data.version
			);
		} catch (e) {
			return domainFail(e, locale, values);
		}
		redirect(303, `/projects/${access.project.id}/design/interviews`);
	}
};
