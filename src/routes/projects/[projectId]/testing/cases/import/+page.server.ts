import { fail } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { actorOf, requirePageMember } from '$lib/server/access';
import { workbookOf } from '$lib/server/api/testing-xlsx-files';
import { db } from '$lib/server/app';
import { domainFail } from '$lib/server/forms';
import { readForm } from '$lib/server/request-body';
import { importTestCasesXlsx, XLSX_MAX_MB } from '$lib/server/services/test-xlsx';
import { TESTING_LIMITS } from '$lib/testing/types';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	await requirePageMember(event, project.id);
	return {
		canImport: project.status === 'active',
		maxMb: XLSX_MAX_MB,
		maxRows: TESTING_LIMITS.xlsxRows
	};
};

export const actions: Actions = {
	import: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { write: true });
		const locale = event.locals.locale;
		const form = await readForm(event);
		const dryRun = form.get('mode') !== 'import';
		try {
			const file = await workbookOf(form);
			const r = await importTestCasesXlsx(db(), actorOf(event), access.project.id, file, locale, {
				dryRun
			});
			if (r.errors.length)
				return fail(422, {
					message: translate(locale, 'txlsx.refused', { n: r.errors.length }),
					fields: { file: translate(locale, 'txlsx.refused', { n: r.errors.length }) },
					values: {},
					rows: r.errors
				});
			const counts = { created: r.created, updated: r.updated, unchanged: r.unchanged };
			return { success: translate(locale, dryRun ? 'txlsx.checked' : 'txlsx.imported', counts), dryRun };
		} catch (e) {
			return domainFail(e, locale, {});
		}
	}
};
