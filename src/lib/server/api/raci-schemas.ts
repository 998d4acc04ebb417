import { z } from 'zod';
import { OWNER_SIDES } from '../../phases/types';
import { RACI_VALUES } from '../../raci/letters';
import { ROLE_IDS } from '../../raci/roles';
import { RACI_RULES } from '../../raci/rules';
import { SIDES } from '../../raci/sides';
import type { LoadedMatrix } from '../repo/raci';
import { evaluateRaci } from '../../raci/rules';
import { parseColumnId } from '../../raci/columns';

// Response shapes of the RACI endpoints, beside the serializer that produces them.
const ruleCodes = Object.keys(RACI_RULES) as [keyof typeof RACI_RULES, ...(keyof typeof RACI_RULES)[]];

export const RaciIssue = z.object({
	code: z.enum(ruleCodes),
	severity: z.enum(['error', 'warning']),
	rowId: z.string().optional().describe('The offending row key'),
	roleId: z.enum(ROLE_IDS).optional().describe('The offending role'),
	side: z.enum(SIDES).optional(),
	columnId: z.string().optional().describe('"<side>:<roleId>"'),
	phaseId: z.string().nullable().optional()
});

export const RaciMatrixBody = z.object({
	rows: z.array(
		z.object({
			key: z.string(),
			kind: z.enum(['task', 'deliverable', 'duty']),
			phaseId: z.string().nullable(),
			label: z.string(),
			name: z.string(),
			nameEn: z.string().nullable(),
			ownerSide: z.enum(OWNER_SIDES).optional(),
			dutyKind: z.enum(['shared', 'separate', 'custom']).optional()
		})
	),
	columns: z.array(
		z.object({
			id: z.string(),
			side: z.enum(SIDES),
			roleId: z.enum(ROLE_IDS),
			memberIds: z.array(z.string()),
			memberNames: z.array(z.string())
		})
	),
	cells: z.array(
		z.object({ rowKey: z.string(), columnId: z.string(), value: z.enum(RACI_VALUES), version: z.int() })
	),
	issues: z.array(RaciIssue),
	settings: z.object({
		overloadShare: z.number().describe('Percent'),
		maxConsulted: z.int(),
		version: z.int()
	})
});

export const RaciSavedCells = z.object({
	cells: z.array(
		z.object({
			rowKey: z.string(),
			columnId: z.string(),
			value: z.union([z.enum(RACI_VALUES), z.literal('')]),
			version: z.int()
		})
	)
});
export const RaciBaseline = z.object({
	id: z.string(),
	number: z.int(),
	label: z.string(),
	createdAt: z.iso.datetime(),
	createdBy: z.string().nullable()
});
export const RaciBaselineList = z.object({ baselines: z.array(RaciBaseline) });
export const RaciComparison = z.object({
	from: z.string(),
	to: z.string(),
	changes: z.array(
		z.object({
			rowKey: z.string(),
			label: z.string(),
			name: z.string(),
			columnId: z.string(),
			before: z.union([z.enum(RACI_VALUES), z.literal('')]),
			after: z.union([z.enum(RACI_VALUES), z.literal('')]),
			row: z.enum(['both', 'added', 'removed'])
		})
	)
});

export function raciJson(loaded: LoadedMatrix): z.infer<typeof RaciMatrixBody> {
	const { matrix, versions, settingsVersion } = loaded;
	return {
		rows: matrix.rows.map((r) => ({
			key: r.key,
			kind: r.kind,
			phaseId: r.phaseId,
			label: r.label,
			name: r.name,
			nameEn: r.nameEn,
			ownerSide: r.ownerSide,
			dutyKind: r.dutyKind
		})),
		columns: matrix.columns,
		cells: Object.entries(matrix.cells).flatMap(([rowKey, row]) =>
			Object.entries(row).map(([columnId, value]) => ({
				rowKey,
				columnId,
				value,
				version: versions[`${rowKey}|${columnId}`] ?? 0
			}))
		),
		issues: evaluateRaci(matrix).map((i) => {
			const column = i.columnId ? parseColumnId(i.columnId) : null;
			return {
				code: i.code,
				severity: i.severity,
				...(i.rowKey ? { rowId: i.rowKey } : {}),
				...(column ? { roleId: column.roleId, side: column.side, columnId: i.columnId } : {}),
				...(i.phaseId !== undefined ? { phaseId: i.phaseId } : {})
			};
		}),
		settings: {
			overloadShare: Math.round(matrix.settings.overloadShare * 100),
			maxConsulted: matrix.settings.maxConsulted,
			version: settingsVersion
		}
	};
}
