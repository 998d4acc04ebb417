import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { exportFilterFromQuery } from '$lib/register/xlsx-filter';
import { exportRegisterWorkbook } from '$lib/server/services/register-xlsx';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const template = event.url.searchParams.get('template') === '1';
	const bytes = await exportRegisterWorkbook(
		db(),
		project.id,
		event.locals.locale,
		exportFilterFromQuery(event.url.searchParams),
		{ template }
	);
	const name = `${project.code}-${template ? 'register-template' : 'register'}.xlsx`;
	return new Response(bytes as Uint8Array<ArrayBuffer>, {
		headers: {
			'content-type': XLSX,
			'content-disposition': `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
			'cache-control': 'no-store'
		}
	});
});
