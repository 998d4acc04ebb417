import { error, type RequestEvent } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import {
	createTestDataNeedSchema,
	switchTestDataSourceSchema,
	updateTestDataNeedSchema
} from '$lib/schemas/test-cycles';
import { formToObject, validate } from '$lib/schemas/validate';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail, invalidForm } from '$lib/server/forms';
import { rowInProject } from '$lib/server/repo/project-rows';
import { deliveryTaskOptions, templateTaskId } from '$lib/server/repo/test-data-needs';
import { readForm } from '$lib/server/request-body';
import { plannedSources, switchTestDataSource } from '$lib/server/services/test-cycles';
import {
	createTestDataNeed,
	listTestDataNeeds,
	updateTestDataNeed
} from '$lib/server/services/test-data-needs';
import { needValues, switchValues } from './form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, params }) => {
	const { project } = await parent();
	const [needs, cases, tasks, defaultTaskId] = await Promise.all([
		listTestDataNeeds(db(), project.id, params.cycleId),
		plannedSources(db(), project.id, params.cycleId),
		deliveryTaskOptions(db(), project.id),
		templateTaskId(db(), project.id, 'testing.data')
	]);
	return { needs, cases, tasks, defaultTaskId, editable: project.status === 'active' };
};

async function access(event: RequestEvent) {
	const a = await requirePageMember(event, event.params.projectId ?? '', { write: true });
	// Another project's cycle is missing whatever the form holds.
	if (!(await rowInProject(db(), 'test_cycles', a.project.id, event.params.cycleId ?? '')))
		error(404, translate(event.locals.locale, 'error.notFound'));
	return a;
}

async function switchTo(event: RequestEvent, source: 'real' | 'simulated') {
	const a = await access(event);
	const { locale } = event.locals;
	const section = source === 'simulated' ? 'switch' : 'back';
	const values = { ...formToObject(await readForm(event), ['caseIds']), section };
	const v = validate(switchTestDataSourceSchema, switchValues(values, source), locale);
	if (!v.ok) return invalidForm(locale, v.fields, values);
	try {
		const r = await switchTestDataSource(db(), actorOf(event), a.member, a.project.id, event.params.cycleId ?? '', v.data);
		const label = translate(locale, `testing.source.${source}`);
		return { section, success: translate(locale, 'cycle.switch.done', { n: r.switched, source: label }) };
	} catch (e) {
		return domainFail(e, locale, values);
	}
}

export const actions: Actions = {
	createNeed: async (event) => {
		const a = await access(event);
		const { locale } = event.locals;
		const values = { ...formToObject(await readForm(event)), section: 'need-new' };
		const v = validate(createTestDataNeedSchema, needValues(values), locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			await createTestDataNeed(db(), actorOf(event), a.member, a.project.id, event.params.cycleId ?? '', v.data);
		} catch (e) {
			return domainFail(e, locale, values);
		}
		return { section: 'need-new', success: translate(locale, 'cycle.data.created') };
	},
	updateNeed: async (event) => {
		const a = await access(event);
		const { locale } = event.locals;
		const form = formToObject(await readForm(event));
		const section = `need-${String(form.needId ?? '')}`;
		const values = { ...form, section };
		const v = validate(updateTestDataNeedSchema, needValues(values), locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			const cycleId = event.params.cycleId ?? '';
			await updateTestDataNeed(db(), actorOf(event), a.member, a.project.id, cycleId, String(form.needId ?? ''), v.data);
		} catch (e) {
			return domainFail(e, locale, values);
		}
		return { section, success: translate(locale, 'cycle.data.saved') };
	},
	switch: (event) => switchTo(event, 'simulated'),
	back: (event) => switchTo(event, 'real')
};
