import { json } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { actorOf } from '$lib/server/access';
import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { importTestCasesXlsx } from '$lib/server/services/test-xlsx';
import { uploadedWorkbook } from '$lib/server/api/testing-xlsx-files';

/** Any member who writes cases imports a workbook: all rows or none; `dryRun=1` is the 预检. */
export const POST = apiHandler(async (event) => {
	const { project } = await projectAccess(event, { write: true });
	const { file, form } = await uploadedWorkbook(event.request);
	const dryRun = ['1', 'true', 'on'].includes(
		String(form.get('dryRun') ?? event.url.searchParams.get('dryRun') ?? '')
	);
	const locale = event.locals.locale;
	const result = await importTestCasesXlsx(db(), actorOf(event), project.id, file, locale, { dryRun });
	if (result.errors.length)
		return json(
			{
				error: {
					code: 'validation_failed',
					message: translate(locale, 'txlsx.refused', { n: result.errors.length }),
					rows: result.errors
				}
			},
			{ status: 422 }
		);
	return json(result);
});
