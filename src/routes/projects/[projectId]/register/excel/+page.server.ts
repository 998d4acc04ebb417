import { fail } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { exportFilterFromQuery, exportFilterQuery } from '$lib/register/xlsx-filter';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { DomainError } from '$lib/server/errors';
import { domainFail } from '$lib/server/forms';
import { listMembers } from '$lib/server/repo/members';
import { readForm } from '$lib/server/request-body';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, importRegisterFile } from '$lib/server/services/register-xlsx';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	const access = await requirePageMember(event, project.id);
	const filter = exportFilterFromQuery(event.url.searchParams);
	const owner = filter.ownerMemberId
		? (await listMembers(db(), project.id)).find((m) => m.id === filter.ownerMemberId)?.name
		: undefined;
	return {
		filter,
		filterQuery: exportFilterQuery(filter),
		ownerName: owner ?? null,
		canImport: access.canManage && project.status === 'active',
		maxMb: IMPORT_MAX_BYTES / 1024 / 1024,
		maxRows: IMPORT_MAX_ROWS
	};
};

export const actions: Actions = {
	import: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { manage: true, write: true });
		const locale = event.locals.locale;
		const form = await readForm(event);
		const file = form.get('file');
		const dryRun = form.get('mode') === 'check';
		try {
			if (!(file instanceof File) || file.size === 0)
				throw new DomainError('validation_failed', 'raidXlsx.noFile', { field: 'file' });
			if (file.size > IMPORT_MAX_BYTES)
				throw new DomainError('payload_too_large', 'raidXlsx.tooLarge', {
					field: 'file',
					params: { max: `${IMPORT_MAX_BYTES / 1024 / 1024} MB` }
				});
			const r = await importRegisterFile(
				db(),
				actorOf(event),
				access.project.id,
				{ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
				locale,
				{ dryRun }
			);
			if (r.errors.length)
				return fail(422, {
					message: translate(locale, 'raidXlsx.refused', { n: r.errors.length }),
					fields: {},
					values: {},
					rows: r.errors
				});
			const counts = { created: r.created, updated: r.updated, unchanged: r.unchanged };
			return {
				success: translate(locale, dryRun ? 'raidXlsx.checked' : 'raidXlsx.imported', counts),
				dryRun
			};
		} catch (e) {
			return domainFail(e, locale, {});
		}
	}
};
