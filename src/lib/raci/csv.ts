import { csvDocument } from '../csv';
import { raciLabel } from './letters';
import type { RaciMatrix } from './matrix';
import type { Locale } from '../i18n';
import { seatLabel } from '../i18n/labels';
import { localName } from '../i18n/local-name';

/** The matrix as CSV for Excel: one header row of "甲方·项目经理" columns, phase names as a column. */
export function raciCsv(
	matrix: RaciMatrix,
	phaseNames: Map<string, string>,
	locale: Locale,
	headings: { id: string; activity: string; phase: string }
): string {
	const header = [
		headings.id,
		headings.phase,
		headings.activity,
		...matrix.columns.map((c) => seatLabel(c, locale))
	];
	const lines = matrix.rows.map((row) => {
		const name = localName(row, locale);
		const phase = row.phaseId ? (phaseNames.get(row.phaseId) ?? '') : '';
		return [row.label, phase, name, ...matrix.columns.map((c) => raciLabel(matrix.cells[row.key]?.[c.id]))];
	});
	return csvDocument([header, ...lines]);
}
