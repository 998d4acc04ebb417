import { buildColumns } from '../src/lib/raci/columns';
import { RACI_VALUES, type RaciValue } from '../src/lib/raci/letters';
import { DEFAULT_RACI_SETTINGS, type RaciCells, type RaciRow } from '../src/lib/raci/matrix';
import { ROLES } from '../src/lib/raci/roles';
import { evaluateRaci } from '../src/lib/raci/rules';
import { SIDES } from '../src/lib/raci/sides';
import { measure, report, type Figure } from './measure';

/** Rule evaluation over a 500-row × 30-column matrix, the size the RACI issue sets. */
export async function benchRaciRules(): Promise<Figure[]> {
	const members = SIDES.flatMap((side) =>
		ROLES.map((r, i) => ({ id: `${side}${i}`, name: r.id, side, roles: [r.id] }))
	);
	const columns = buildColumns(members).slice(0, 30);
	const rows: RaciRow[] = Array.from({ length: 500 }, (_, i) => ({
		key: `task:${i}`,
		kind: 'task',
		refId: String(i),
		phaseId: `p${i % 7}`,
		label: String(i),
		name: `任务 ${i}`,
		nameEn: null,
		ownerSide: 'joint'
	}));
	const cells: RaciCells = {};
	rows.forEach((row, i) => {
		cells[row.key] = {};
		columns.forEach((c, j) => {
			if ((i + j) % 3 === 0)
				cells[row.key][c.id] = RACI_VALUES[(i * 7 + j) % RACI_VALUES.length] as RaciValue;
		});
	});
	const matrix = { rows, columns, cells, settings: DEFAULT_RACI_SETTINGS };
	const figures = [
		await measure(`RACI rules, ${rows.length} rows × ${columns.length} roles`, 50, () => evaluateRaci(matrix))
	];
	report('RACI rule evaluation (pure TypeScript)', figures);
	return figures;
}
