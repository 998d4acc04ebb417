import type { RaciColumn } from '$lib/raci/columns';
import type { RaciRow } from '$lib/raci/matrix';
import type { RaciIssue } from '$lib/raci/rules';

/**
 * The grid cell that shows an issue, in the unfiltered matrix: its row (or, for a column's issue, the first
 * row of the phase where the column has a letter) and its column (or the first one).
 */
export function issueCell(
	issue: RaciIssue,
	rows: readonly RaciRow[],
	columns: readonly RaciColumn[],
	value: (rowKey: string, columnId: string) => string
): { row: number; col: number } {
	const row = issue.rowKey
		? rows.findIndex((x) => x.key === issue.rowKey)
		: rows.findIndex((x) => x.phaseId === (issue.phaseId ?? x.phaseId) && value(x.key, issue.columnId ?? ''));
	const col = issue.columnId ? columns.findIndex((x) => x.id === issue.columnId) : 0;
	return { row: Math.max(0, row), col: Math.max(0, col) };
}
