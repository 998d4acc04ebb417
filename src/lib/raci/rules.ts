import { isAccountable, isResponsible } from './letters';
import type { RaciMatrix } from './matrix';

export const RACI_RULES = {
	noAccountable: 'error',
	multipleAccountable: 'error',
	noResponsible: 'error',
	roleWithoutMembers: 'error',
	sideMissing: 'warning',
	overloadedRole: 'warning',
	tooManyConsulted: 'warning'
} as const;
export type RaciRuleCode = keyof typeof RACI_RULES;
export type RaciSeverity = (typeof RACI_RULES)[RaciRuleCode];

export interface RaciIssue {
	code: RaciRuleCode;
	severity: RaciSeverity;
	rowKey?: string;
	columnId?: string;
	phaseId?: string | null;
}

/** Below this many rows a phase is too small for "overloaded" to mean anything. */
const MIN_ROWS_FOR_OVERLOAD = 4;

const issue = (code: RaciRuleCode, at: Omit<RaciIssue, 'code' | 'severity'>): RaciIssue => ({
	code,
	severity: RACI_RULES[code],
	...at
});

/** Every rule over the whole matrix, in one pass over its cells: cheap enough to run on each keystroke. */
export function evaluateRaci(matrix: RaciMatrix): RaciIssue[] {
	const { rows, columns, cells, settings } = matrix;
	const issues: RaciIssue[] = [];
	const sideOf = new Map(columns.map((c) => [c.id, c.side]));
	const usedColumns = new Set<string>();
	// phase → column → rows where the column is accountable; phase → row count
	const accountableByPhase = new Map<string | null, Map<string, number>>();
	const rowsByPhase = new Map<string | null, number>();

	for (const row of rows) {
		const rowCells = cells[row.key] ?? {};
		let accountable = 0;
		let responsible = 0;
		let consulted = 0;
		const sides = new Set<string>();
		rowsByPhase.set(row.phaseId, (rowsByPhase.get(row.phaseId) ?? 0) + 1);
		for (const [columnId, value] of Object.entries(rowCells)) {
			if (!value) continue;
			usedColumns.add(columnId);
			const side = sideOf.get(columnId) ?? columnId.split(':')[0];
			sides.add(side);
			if (isAccountable(value)) {
				accountable++;
				const byColumn = accountableByPhase.get(row.phaseId) ?? new Map<string, number>();
				byColumn.set(columnId, (byColumn.get(columnId) ?? 0) + 1);
				accountableByPhase.set(row.phaseId, byColumn);
			}
			if (isResponsible(value)) responsible++;
			if (value === 'C') consulted++;
		}
		if (accountable === 0) issues.push(issue('noAccountable', { rowKey: row.key }));
		if (accountable > 1) issues.push(issue('multipleAccountable', { rowKey: row.key }));
		if (responsible === 0) issues.push(issue('noResponsible', { rowKey: row.key }));
		if (row.kind === 'duty' && row.dutyKind === 'shared' && !(sides.has('client') && sides.has('vendor')))
			issues.push(issue('sideMissing', { rowKey: row.key }));
		if (consulted > settings.maxConsulted) issues.push(issue('tooManyConsulted', { rowKey: row.key }));
	}

	for (const column of columns)
		if (usedColumns.has(column.id) && column.memberIds.length === 0)
			issues.push(issue('roleWithoutMembers', { columnId: column.id }));

	for (const [phaseId, byColumn] of accountableByPhase) {
		const total = rowsByPhase.get(phaseId) ?? 0;
		if (total < MIN_ROWS_FOR_OVERLOAD) continue;
		for (const [columnId, count] of byColumn)
			if (count / total > settings.overloadShare) issues.push(issue('overloadedRole', { columnId, phaseId }));
	}
	return issues;
}

export const hasErrors = (issues: readonly RaciIssue[]) => issues.some((i) => i.severity === 'error');
