import type { RaciValue } from './letters';
import type { RaciCells, RaciRow } from './matrix';

/** A matrix as it was at one moment: what a baseline stores and what comparison reads. */
export interface RaciSnapshot {
	rows: Pick<RaciRow, 'key' | 'label' | 'name' | 'phaseId'>[];
	cells: RaciCells;
}

export interface RaciChange {
	rowKey: string;
	label: string;
	name: string;
	columnId: string;
	before: RaciValue | '';
	after: RaciValue | '';
	/** The row exists on one side only. */
	row: 'both' | 'added' | 'removed';
}

/** Cell-by-cell differences from `before` to `after`, in the later snapshot's row order. */
export function diffRaci(before: RaciSnapshot, after: RaciSnapshot): RaciChange[] {
	const beforeRows = new Map(before.rows.map((r) => [r.key, r]));
	const afterKeys = new Set(after.rows.map((r) => r.key));
	const ordered = [...after.rows, ...before.rows.filter((r) => !afterKeys.has(r.key))];
	const changes: RaciChange[] = [];
	for (const row of ordered) {
		const row2: RaciChange['row'] = !beforeRows.has(row.key)
			? 'added'
			: !afterKeys.has(row.key)
				? 'removed'
				: 'both';
		const a = before.cells[row.key] ?? {};
		const b = row2 === 'removed' ? {} : (after.cells[row.key] ?? {});
		for (const columnId of new Set([...Object.keys(a), ...Object.keys(b)])) {
			const was = a[columnId] ?? '';
			const is = b[columnId] ?? '';
			if (was !== is)
				changes.push({
					rowKey: row.key,
					label: row.label,
					name: row.name,
					columnId,
					before: was,
					after: is,
					row: row2
				});
		}
	}
	return changes;
}
