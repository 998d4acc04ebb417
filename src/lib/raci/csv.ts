import { csvDocument } from '../csv';
import { raciLabel } from './letters';
import type { RaciMatrix } from './matrix';
import { roleDefinition } from './roles';
import { pick, SIDE_LABELS } from './sides';

/** The matrix as CSV for Excel: one header row of "甲方·项目经理" columns, phase names as a column. */
export function raciCsv(
	matrix: RaciMatrix,
	phaseNames: Map<string, string>,
	locale: string,
	headings: { id: string; activity: string; phase: string }
): string {
	const header = [
		headings.id,
		headings.phase,
		headings.activity,
		...matrix.columns.map(
			(c) => `${pick(SIDE_LABELS[c.side], locale)}·${pick(roleDefinition(c.roleId).label, locale)}`
		)
	];
	const lines = matrix.rows.map((row) => {
		const name = locale === 'en' && row.nameEn ? row.nameEn : row.name;
		const phase = row.phaseId ? (phaseNames.get(row.phaseId) ?? '') : '';
		return [row.label, phase, name, ...matrix.columns.map((c) => raciLabel(matrix.cells[row.key]?.[c.id]))];
	});
	return csvDocument([header, ...lines]);
}
