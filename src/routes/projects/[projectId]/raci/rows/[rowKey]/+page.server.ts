import { error, redirect } from '@sveltejs/kit';
import { raciCellsSchema } from '$lib/schemas/raci';
import { validate, labelsOf } from '$lib/schemas/validate';
import { translate } from '$lib/i18n';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail, invalidForm } from '$lib/server/forms';
import { cellKey, loadRaciMatrix } from '$lib/server/repo/raci';
import { setRaciCells } from '$lib/server/services/raci';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/request-body';

// One row's split as a plain form: the matrix stays editable without JavaScript.
export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	const access = await requirePageMember(event, project.id);
	const { matrix, versions } = await loadRaciMatrix(db(), project.id);
	const row = matrix.rows.find((r) => r.key === event.params.rowKey);
	if (!row) error(404, translate(event.locals.locale, 'error.notFound'));
	return {
		row,
		columns: matrix.columns,
		cells: matrix.cells[row.key] ?? {},
		versions: Object.fromEntries(matrix.columns.map((c) => [c.id, versions[cellKey(row.key, c.id)] ?? 0])),
		canEdit: access.canManage && project.status === 'active'
	};
};

export const actions: Actions = {
	default: async (event) => {
		const access = await requirePageMember(event, event.params.projectId, { manage: true, write: true });
		const form = await readForm(event);
		const locale = event.locals.locale;
		const rowKey = event.params.rowKey;
		const { matrix, versions } = await loadRaciMatrix(db(), access.project.id);
		if (!matrix.rows.some((r) => r.key === rowKey)) error(404, translate(locale, 'error.notFound'));
		// Only the cells whose value changed are sent, each over the version shown in the form.
		const cells = matrix.columns
			.map((c) => ({
				rowKey,
				columnId: c.id,
				value: String(form.get(`cell.${c.id}`) ?? ''),
				version: Number(form.get(`version.${c.id}`) ?? 0),
				before: matrix.cells[rowKey]?.[c.id] ?? ''
			}))
			.filter((c) => c.value !== c.before || Number(versions[cellKey(rowKey, c.columnId)] ?? 0) !== c.version)
			.map(({ before: _before, ...c }) => c);
		const values = Object.fromEntries(form.entries());
		if (!cells.length) redirect(303, `/projects/${access.project.id}/raci`);
		// An error on the i-th changed cell belongs to that column's select (`cell.<columnId>`).
		const toSelect = (path: (string | number)[]) =>
			path[0] === 'cells' && typeof path[1] === 'number' && cells[path[1]]
				? ['cell', cells[path[1]].columnId]
				: path;
		const v = validate(raciCellsSchema, { cells }, locale, labelsOf(raciCellsSchema), toSelect);
		if (!v.ok) return invalidForm(locale, v.fields, values);
		try {
			await setRaciCells(db(), actorOf(event), access.project.id, v.data.cells);
		} catch (e) {
			return domainFail(e, locale, values);
		}
		return { success: translate(locale, 'raci.rowSaved') };
	}
};
