import { redirect } from '@sveltejs/kit';
import { PROCESS_DOMAINS, PROCESS_KINDS, type ProcessDomain, type ProcessKind } from '$lib/design/types';
import { createProcessSchema } from '$lib/schemas/processes';
import { formToObject, validate } from '$lib/schemas/validate';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail, invalidForm } from '$lib/server/forms';
import { listMembers } from '$lib/server/repo/members';
import { processOptions } from '$lib/server/repo/processes';
import { readForm } from '$lib/server/request-body';
import { createProcess, listProcesses } from '$lib/server/services/processes';
import type { Actions, PageServerLoad } from './$types';

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | null =>
	v && (list as readonly string[]).includes(v) ? (v as T) : null;

export const load: PageServerLoad = async ({ parent, url }) => {
	const { project } = await parent();
	const kind = oneOf<ProcessKind>(PROCESS_KINDS, url.searchParams.get('kind'));
	const domain = oneOf<ProcessDomain>(PROCESS_DOMAINS, url.searchParams.get('domain'));
	const page = Number(url.searchParams.get('page') ?? 1);
	const [inventory, options, members] = await Promise.all([
		listProcesses(db(), project.id, { kind, domain }, page),
		processOptions(db(), project.id),
		listMembers(db(), project.id)
	]);
	return {
		inventory,
		filter: { kind, domain },
		options,
		members: members.map((m) => ({ id: m.id, name: m.name })),
		canEdit: project.status === 'active'
	};
};

export const actions: Actions = {
	create: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { write: true });
		const { locale } = event.locals;
		const values: Record<string, unknown> = {
			...formToObject(await readForm(event), ['channels']),
			section: 'create'
		};
		values.inScope ??= 'off';
		const v = validate(createProcessSchema, values, locale);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		let id: string;
		try {
			id = (await createProcess(db(), actorOf(event), access.project.id, v.data)).id;
		} catch (e) {
			return domainFail(e, locale, values);
		}
		redirect(303, `/projects/${access.project.id}/design/processes/${id}`);
	}
};
