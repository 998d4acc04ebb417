import { raciLabel } from './letters';
import type { RaciMatrix } from './matrix';
import { roleDefinition } from './roles';
import { pick, SIDE_LABELS } from './sides';

/** A spreadsheet cell: quoted, and defused if it would start a formula (CSV injection). */
function cell(text: string): string {
	const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * The matrix as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Chinese as mojibake),
 * CRLF line ends, one header row of "甲方·项目经理" columns, phase names as a column.
 */
export function raciCsv(matrix: RaciMatrix, phaseNames: Map<string, string>, locale: string, headings: { id: string; activity: string; phase: string }): string {
	const header = [headings.id, headings.phase, headings.activity, ...matrix.columns.map((c) => `${pick(SIDE_LABELS[c.side], locale)}·${pick(roleDefinition(c.roleId).label, locale)}`)];
	const lines = [header.map(cell).join(',')];
	for (const row of matrix.rows) {
		const name = locale === 'en' && row.nameEn ? row.nameEn : row.name;
		const phase = row.phaseId ? (phaseNames.get(row.phaseId) ?? '') : '';
		lines.push([row.label, phase, name, ...matrix.columns.map((c) => raciLabel(matrix.cells[row.key]?.[c.id]))].map(cell).join(','));
	}
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
