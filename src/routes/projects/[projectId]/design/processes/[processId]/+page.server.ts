import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { deleteDesignRecordSchema, updateProcessSchema } from '$lib/schemas/processes';
import { formToObject, validate } from '$lib/schemas/validate';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { DomainError } from '$lib/server/errors';
import { domainFail, formFail, invalidForm } from '$lib/server/forms';
import { listMembers } from '$lib/server/repo/members';
import { painPointRefs } from '$lib/server/repo/process-view';
import { loadProcessRow, painPointIdsByNumber, processOptions } from '$lib/server/repo/processes';
import { readForm } from '$lib/server/request-body';
import { deleteProcess, getProcess, updateProcess } from '$lib/server/services/processes';
import { listRequirements } from '$lib/server/services/requirements';
import { DEFAULT_REQUIREMENT_QUERY } from '$lib/design/requirements';
import { painPointNumbers, processFormInput } from './form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, params, locals }) => {
	const { project } = await parent();
	const process = await getProcess(db(), project.id, params.processId).catch((e: unknown) => {
		if (e instanceof DomainError) error(e.status, translate(locals.locale, e.messageKey));
		throw e;
	});
	const [members, options, asIsPains, requirements] = await Promise.all([
		listMembers(db(), project.id),
		processOptions(db(), project.id, process.kind),
		process.kind === 'toBe' && process.asIs
			? painPointRefs(db(), project.id, { processId: process.asIs.id, limit: 200 })
			: [],
		// A to-be process shows the requirements derived from it (the next link of the chain), Must first.
		process.kind === 'toBe'
			? listRequirements(db(), project.id, { ...DEFAULT_REQUIREMENT_QUERY, processId: process.id })
			: null
	]);
	const asIsOptions = process.kind === 'toBe' ? await processOptions(db(), project.id, 'asIs') : [];
	// The picker offers the replaced process's pain points and those already linked; others come by code.
	const choices = [
		...process.resolves,
		...asIsPains.filter((p) => !process.resolves.some((r) => r.id === p.id))
	];
	return {
		process,
		members: members.map((m) => ({ id: m.id, name: m.name })),
		parents: options.filter((o) => o.id !== process.id),
		asIsOptions,
		painPointChoices: choices,
		requirements: requirements && {
			total: requirements.total,
			items: requirements.items.map((r) => ({
				id: r.id,
				code: r.code,
				title: r.title,
				priority: r.priority,
				fit: r.fit,
				signoffStage: r.signoffStage
			}))
		},
		canEdit: project.status === 'active'
	};
};

export const actions: Actions = {
	save: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { write: true });
		const { locale } = event.locals;
		// Another project's process is missing, whatever the form holds.
		const row = await loadProcessRow(db(), access.project.id, event.params.processId);
		if (!row) error(404, translate(locale, 'error.notFound'));
		const values: Record<string, unknown> = {
			...formToObject(await readForm(event), ['channels', 'resolvesPainPointIds']),
			section: 'save'
		};
		values.inScope ??= 'off';
		if (row.kind === 'asIs') delete values.resolvesPainPointIds;
		else {
			const { numbers, bad } = painPointNumbers(values.resolvesCodes);
			const { ids, missing } = await painPointIdsByNumber(db(), access.project.id, numbers);
			const unknown = [...bad, ...missing.map((n) => `PP-${String(n).padStart(3, '0')}`)];
			if (unknown.length) {
				const message = translate(locale, 'process.error.painPointCode', { codes: unknown.join(', ') });
				return formFail(422, locale, 'error.validation', { resolvesCodes: message }, values);
			}
			values.resolvesPainPointIds = [...(values.resolvesPainPointIds as string[]), ...ids];
		}
		const { input, toForm } = processFormInput(values);
		const v = validate(updateProcessSchema, input, locale, undefined, toForm);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			await updateProcess(db(), actorOf(event), access.project.id, row.id, v.data);
		} catch (e) {
			return domainFail(e, locale, values);
		}
		return { section: 'save', success: translate(locale, 'process.saved') };
	},
	delete: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { write: true });
		const { locale } = event.locals;
		const values = { ...formToObject(await readForm(event)), section: 'delete' };
		const v = validate(deleteDesignRecordSchema, values, locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			await deleteProcess(db(), actorOf(event), access.project.id, event.params.processId, v.data.version);
		} catch (e) {
			return domainFail(e, locale, values);
		}
		redirect(303, `/projects/${access.project.id}/design/processes`);
	}
};
