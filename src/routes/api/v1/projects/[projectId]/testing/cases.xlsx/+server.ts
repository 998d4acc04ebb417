import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { exportTestCasesXlsx } from '$lib/server/services/test-xlsx';
import { xlsxResponse } from '$lib/server/api/testing-xlsx-files';

/** Any member downloads the case workbook (测试用例 + 说明), headers in the reader's language. */
export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const bytes = await exportTestCasesXlsx(db(), project.id, event.locals.locale);
	return xlsxResponse(bytes, `测试用例-${project.code}.xlsx`);
});
