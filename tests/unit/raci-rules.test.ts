import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildColumns, columnId } from '../../src/lib/raci/columns';
import { defaultAssignments } from '../../src/lib/raci/defaults';
import { diffRaci } from '../../src/lib/raci/diff';
import { parseRaciValue, RACI_VALUES, type RaciValue } from '../../src/lib/raci/letters';
import {
	DEFAULT_RACI_SETTINGS,
	type RaciCells,
	type RaciMatrix,
	type RaciRow
} from '../../src/lib/raci/matrix';
import { ROLES } from '../../src/lib/raci/roles';
import { evaluateRaci, RACI_RULES } from '../../src/lib/raci/rules';
import { SIDES } from '../../src/lib/raci/sides';
import { CRM_METHODOLOGY, DUTIES, type TaskTemplate } from '../../src/lib/phases';

// Everyone staffed: one member per (side, role), so roleWithoutMembers only fires when a test wants it.
const staff = SIDES.flatMap((side) =>
	ROLES.map((r, i) => ({ id: `${side}-${i}`, name: `${side} ${r.id}`, side, roles: [r.id] }))
);
const columns = buildColumns(staff);
const row = (key: string, extra: Partial<RaciRow> = {}): RaciRow => ({
	key,
	kind: 'task',
	refId: key,
	phaseId: 'p1',
	label: key,
	name: key,
	nameEn: null,
	...extra
});
const matrix = (rows: RaciRow[], cells: RaciCells, cols = columns): RaciMatrix => ({
	rows,
	columns: cols,
	cells,
	settings: DEFAULT_RACI_SETTINGS
});
const codes = (m: RaciMatrix) => evaluateRaci(m).map((i) => i.code);
const PM_C = columnId('client', 'projectManager');
const PM_V = columnId('vendor', 'projectManager');
const KEY_C = columnId('client', 'keyUser');

describe('RACI rules', () => {
	it('accepts a row with one A and one R', () => {
		expect(codes(matrix([row('t1')], { t1: { [PM_C]: 'A', [KEY_C]: 'R' } }))).toEqual([]);
	});

	it('noAccountable and noResponsible on an empty row, both errors', () => {
		const issues = evaluateRaci(matrix([row('t1')], {}));
		expect(issues.map((i) => [i.code, i.severity, i.rowKey])).toEqual([
			['noAccountable', 'error', 't1'],
			['noResponsible', 'error', 't1']
		]);
	});

	it('multipleAccountable when two columns hold A (A+R counts as A)', () => {
		expect(codes(matrix([row('t1')], { t1: { [PM_C]: 'A', [PM_V]: 'AR' } }))).toEqual([
			'multipleAccountable'
		]);
	});

	it('A+R alone satisfies both A and R', () => {
		expect(codes(matrix([row('t1')], { t1: { [PM_V]: 'AR' } }))).toEqual([]);
	});

	it('roleWithoutMembers names the column, and only when the column is used', () => {
		const unstaffed = buildColumns([]);
		expect(evaluateRaci(matrix([row('t1')], { t1: { [PM_C]: 'AR' } }, unstaffed))).toEqual([
			{ code: 'roleWithoutMembers', severity: 'error', columnId: PM_C }
		]);
		expect(codes(matrix([], {}, unstaffed))).toEqual([]);
	});

	it('sideMissing for a shared duty that only one side carries, a warning', () => {
		const duty = row('d1', { kind: 'duty', phaseId: null, dutyKind: 'shared' });
		const issues = evaluateRaci(matrix([duty], { d1: { [PM_C]: 'A', [KEY_C]: 'R' } }));
		expect(issues).toEqual([{ code: 'sideMissing', severity: 'warning', rowKey: 'd1' }]);
		expect(codes(matrix([duty], { d1: { [PM_C]: 'A', [PM_V]: 'R' } }))).toEqual([]);
	});

	it('overloadedRole when one column is A on more than the configured share of a phase', () => {
		const rows = ['a', 'b', 'c', 'd'].map((k) => row(k));
		const cells: RaciCells = {
			a: { [PM_C]: 'AR' },
			b: { [PM_C]: 'AR' },
			c: { [PM_C]: 'AR' },
			d: { [PM_V]: 'AR' }
		};
		expect(evaluateRaci(matrix(rows, cells))).toEqual([
			{ code: 'overloadedRole', severity: 'warning', columnId: PM_C, phaseId: 'p1' }
		]);
		expect(
			codes({ ...matrix(rows, cells), settings: { ...DEFAULT_RACI_SETTINGS, overloadShare: 0.8 } })
		).toEqual([]);
	});

	it('tooManyConsulted beyond the configured limit', () => {
		const cs = Object.fromEntries(
			columns
				.filter((c) => c.id !== PM_C && c.id !== KEY_C)
				.slice(0, 4)
				.map((c) => [c.id, 'C' as RaciValue])
		);
		const cells = { t1: { [PM_C]: 'A' as RaciValue, [KEY_C]: 'R' as RaciValue, ...cs } };
		expect(codes(matrix([row('t1')], cells))).toEqual(['tooManyConsulted']);
		expect(
			codes({ ...matrix([row('t1')], cells), settings: { ...DEFAULT_RACI_SETTINGS, maxConsulted: 4 } })
		).toEqual([]);
	});

	it('errors are exactly the first four rules', () => {
		expect(
			Object.entries(RACI_RULES)
				.filter(([, s]) => s === 'error')
				.map(([c]) => c)
		).toEqual(['noAccountable', 'multipleAccountable', 'noResponsible', 'roleWithoutMembers']);
	});

	it('property: one A, at least one R per row and every role staffed means no errors', () => {
		const colIds = columns.map((c) => c.id);
		const rowArb = fc
			.record({
				a: fc.integer({ min: 0, max: colIds.length - 1 }),
				rs: fc.uniqueArray(fc.integer({ min: 0, max: colIds.length - 1 }), { minLength: 1, maxLength: 4 }),
				others: fc.dictionary(
					fc.integer({ min: 0, max: colIds.length - 1 }).map(String),
					fc.constantFrom<RaciValue>('C', 'I')
				)
			})
			.map(({ a, rs, others }) => {
				const cells: Record<string, RaciValue> = {};
				for (const [i, v] of Object.entries(others)) cells[colIds[Number(i)]] = v;
				for (const r of rs) cells[colIds[r]] = 'R';
				cells[colIds[a]] = cells[colIds[a]] === 'R' ? 'AR' : 'A';
				return cells;
			});
		fc.assert(
			fc.property(fc.array(rowArb, { minLength: 1, maxLength: 30 }), (rowCells) => {
				const rows = rowCells.map((_, i) => row(`t${i}`));
				const cells = Object.fromEntries(rowCells.map((c, i) => [`t${i}`, c]));
				expect(evaluateRaci(matrix(rows, cells)).filter((i) => i.severity === 'error')).toEqual([]);
			})
		);
	});
});

describe('the default matrix of the built-in template', () => {
	it('has no errors once every role is staffed', () => {
		const walk = (tasks: TaskTemplate[]): TaskTemplate[] =>
			tasks.flatMap((t) => [t, ...walk(t.children ?? [])]);
		const rows: RaciRow[] = [
			...DUTIES.map((d) =>
				row(`duty:${d.key}`, { kind: 'duty', phaseId: null, dutyKind: d.kind, templateKey: d.key })
			),
			...CRM_METHODOLOGY.phases.flatMap((p) => [
				...walk(p.tasks).map((t) =>
					row(`task:${t.key}`, { phaseId: p.key, ownerSide: t.ownerSide, templateKey: t.key })
				),
				...p.deliverables.map((d) =>
					row(`deliverable:${d.key}`, { kind: 'deliverable', phaseId: p.key, templateKey: d.key })
				)
			])
		];
		const milestones = new Set(
			CRM_METHODOLOGY.phases.flatMap((p) =>
				walk(p.tasks)
					.filter((t) => t.isMilestone)
					.map((t) => `task:${t.key}`)
			)
		);
		const cells = Object.fromEntries(
			rows.map((r) => [r.key, defaultAssignments(r, r.phaseId, milestones.has(r.key))])
		);
		const issues = evaluateRaci(matrix(rows, cells));
		expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
		// Warnings too: a fresh project should open on a clean matrix.
		expect(issues).toEqual([]);
	});
});

describe('RACI values and diffs', () => {
	it('reads what people type', () => {
		expect(['a+r', 'RA', ' r ', '', 'x'].map(parseRaciValue)).toEqual(['AR', 'AR', 'R', '', null]);
		expect(RACI_VALUES).toEqual(['R', 'A', 'C', 'I', 'AR']);
	});

	it('lists changed, added and removed cells', () => {
		const before = {
			rows: [
				{ key: 'a', label: '1', name: 'A', phaseId: null },
				{ key: 'b', label: '2', name: 'B', phaseId: null }
			],
			cells: { a: { x: 'A' as RaciValue }, b: { x: 'R' as RaciValue } }
		};
		const after = {
			rows: [
				{ key: 'a', label: '1', name: 'A', phaseId: null },
				{ key: 'c', label: '3', name: 'C', phaseId: null }
			],
			cells: { a: { x: 'AR' as RaciValue }, c: { y: 'I' as RaciValue } }
		};
		expect(diffRaci(before, after).map((c) => [c.rowKey, c.columnId, c.before, c.after, c.row])).toEqual([
			['a', 'x', 'A', 'AR', 'both'],
			['c', 'y', '', 'I', 'added'],
			['b', 'x', 'R', '', 'removed']
		]);
	});
});
