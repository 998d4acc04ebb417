import type { CellChange } from './editor.svelte';
import type { RaciValue } from './letters';
import type { RaciCells, RaciRow } from './matrix';

const groupOf = (row: RaciRow) => (row.kind === 'task' ? `task:${row.ownerSide ?? 'joint'}` : row.kind);

/**
 * Copies a phase's way of splitting work onto another phase: for each kind of row (tasks by owner side,
 * deliverables), the source phase's most common assignment becomes the target rows' assignment.
 */
export function copyPhasePattern(
	rows: readonly RaciRow[],
	cells: RaciCells,
	fromPhaseId: string,
	toPhaseId: string
): CellChange[] {
	const counts = new Map<string, Map<string, number>>();
	for (const row of rows.filter((r) => r.phaseId === fromPhaseId)) {
		const signature = JSON.stringify(Object.entries(cells[row.key] ?? {}).sort());
		const byGroup = counts.get(groupOf(row)) ?? new Map<string, number>();
		byGroup.set(signature, (byGroup.get(signature) ?? 0) + 1);
		counts.set(groupOf(row), byGroup);
	}
	const patterns = new Map<string, Record<string, RaciValue>>();
	for (const [group, bySignature] of counts) {
		const [best] = [...bySignature].sort((a, b) => b[1] - a[1])[0];
		patterns.set(group, Object.fromEntries(JSON.parse(best) as [string, RaciValue][]));
	}
	const changes: CellChange[] = [];
	for (const row of rows.filter((r) => r.phaseId === toPhaseId)) {
		const pattern = patterns.get(groupOf(row));
		if (!pattern) continue;
		const current = cells[row.key] ?? {};
		for (const columnId of new Set([...Object.keys(current), ...Object.keys(pattern)])) {
			const value = pattern[columnId] ?? '';
			if ((current[columnId] ?? '') !== value) changes.push({ rowKey: row.key, columnId, value });
		}
	}
	return changes;
}

/** The blank cells of one row, or of one column within one phase, set to `value`. */
export function fillBlanks(
	cells: RaciCells,
	targets: { rowKey: string; columnId: string }[],
	value: RaciValue
): CellChange[] {
	return targets.filter((t) => !cells[t.rowKey]?.[t.columnId]).map((t) => ({ ...t, value }));
}
