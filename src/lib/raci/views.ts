import type { RaciColumn } from './columns';
import { isAccountable, isResponsible, type RaciValue } from './letters';
import type { RaciMatrix, RaciRow } from './matrix';

export interface Duty {
	row: RaciRow;
	column: RaciColumn;
	value: RaciValue;
}

/** What the given columns are R/A/C/I for, in matrix order: "我的职责" for a member's columns, or one role's. */
export function dutiesOf(matrix: RaciMatrix, columnIds: readonly string[]): Duty[] {
	const columns = matrix.columns.filter((c) => columnIds.includes(c.id));
	return matrix.rows.flatMap((row) =>
		columns.flatMap((column) => {
			const value = matrix.cells[row.key]?.[column.id];
			return value ? [{ row, column, value }] : [];
		})
	);
}

export interface Load {
	A: number;
	R: number;
	C: number;
	I: number;
	rows: number;
	overloaded: boolean;
}

/** Each column's count of A, R, C and I per phase (null: the duties), with the overload rule applied. */
export function loadByPhase(matrix: RaciMatrix): Map<string | null, Map<string, Load>> {
	const rowsPerPhase = new Map<string | null, number>();
	for (const row of matrix.rows) rowsPerPhase.set(row.phaseId, (rowsPerPhase.get(row.phaseId) ?? 0) + 1);
	const out = new Map<string | null, Map<string, Load>>();
	for (const row of matrix.rows) {
		const byColumn = out.get(row.phaseId) ?? new Map<string, Load>();
		out.set(row.phaseId, byColumn);
		for (const [columnId, value] of Object.entries(matrix.cells[row.key] ?? {})) {
			const load = byColumn.get(columnId) ?? {
				A: 0,
				R: 0,
				C: 0,
				I: 0,
				rows: rowsPerPhase.get(row.phaseId) ?? 0,
				overloaded: false
			};
			if (isAccountable(value)) load.A++;
			if (isResponsible(value)) load.R++;
			if (value === 'C') load.C++;
			if (value === 'I') load.I++;
			load.overloaded = load.rows >= 4 && load.A / load.rows > matrix.settings.overloadShare;
			byColumn.set(columnId, load);
		}
	}
	return out;
}
