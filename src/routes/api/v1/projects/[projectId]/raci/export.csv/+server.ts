import { translate } from '$lib/i18n';
import { localName } from '$lib/i18n/local-name';
import { raciCsv } from '$lib/raci/csv';
import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { listPhases } from '$lib/server/repo/phases';
import { loadRaciMatrix } from '$lib/server/repo/raci';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const locale = event.locals.locale;
	const [{ matrix }, phases] = await Promise.all([
		loadRaciMatrix(db(), project.id),
		listPhases(db(), project.id)
	]);
	const phaseNames = new Map(phases.map((p) => [p.id, localName(p, locale)]));
	const csv = raciCsv(matrix, phaseNames, locale, {
		id: translate(locale, 'field.wbs'),
		phase: translate(locale, 'raci.phaseFilter'),
		activity: translate(locale, 'raci.activity')
	});
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${project.code}-RACI.csv"`
		}
	});
});
