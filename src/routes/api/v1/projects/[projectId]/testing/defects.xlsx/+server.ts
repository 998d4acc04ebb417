import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { exportDefectsXlsx } from '$lib/server/services/test-xlsx';
import { xlsxResponse } from '$lib/server/api/testing-xlsx-files';

/** Any member downloads the defect log, times in the project's zone. */
export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const bytes = await exportDefectsXlsx(db(), project.id, event.locals.locale);
	return xlsxResponse(bytes, `缺陷-${project.code}.xlsx`);
});
