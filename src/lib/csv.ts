/** A spreadsheet cell: quoted, and defused if it would start a formula (CSV injection). */
export function csvCell(text: string | number | null | undefined): string {
	const s = text === null || text === undefined ? '' : String(text);
	const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
	return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * Rows as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Chinese as mojibake) and CRLF
 * line ends.
 */
export function csvDocument(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
	return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
