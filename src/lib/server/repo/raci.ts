import { DUTIES } from '../../phases/duties';
import { buildColumns } from '../../raci/columns';
import { defaultAssignments } from '../../raci/defaults';
import { isRaciValue, type RaciValue } from '../../raci/letters';
import { numberWbs } from '../../phases/wbs';
import { DEFAULT_RACI_SETTINGS, type RaciCells, type RaciMatrix, type RaciRow } from '../../raci/matrix';
import type { Selectable } from 'kysely';
import type { RaciCellTable } from '../db/schema';
import { newId, nowIso } from '../ids';
import { listDeliverables } from './gates';
import { listMembers } from './members';
import { listPhases } from './phases';
import type { Conn } from '../db';

/** Duty rows are numbered the way the seed numbers them: 共同 1–10, 甲方 1–2, 乙方 3–4. */
function dutyLabel(key: string): string {
	const [kind, n] = key.split('.');
	return `${kind === 'shared' ? '共同' : kind === 'client' ? '甲方' : kind === 'vendor' ? '乙方' : '—'} ${n ?? ''}`.trim();
}

/** The tasks the matrix has a row for, in WBS order: only the columns a row needs. */
async function raciTasks(db: Conn, projectId: string) {
	const [phases, rows] = await Promise.all([
		db.selectFrom('phases').select(['id', 'order_index']).where('project_id', '=', projectId).execute(),
		db
			.selectFrom('tasks')
			.select([
				'id',
				'phase_id',
				'parent_id',
				'order_index',
				'name',
				'name_en',
				'owner_side',
				'is_milestone',
				'template_key'
			])
			.where('project_id', '=', projectId)
			.execute()
	]);
	const positions = numberWbs(
		new Map(phases.map((p) => [p.id, p.order_index])),
		rows.map((r) => ({ id: r.id, phaseId: r.phase_id, parentId: r.parent_id, orderIndex: r.order_index }))
	);
	const rank = (id: string) => positions.get(id)?.rank ?? 1e9;
	return rows
		.sort((a, b) => rank(a.id) - rank(b.id))
		.map((r) => ({
			id: r.id,
			phaseId: r.phase_id,
			wbs: positions.get(r.id)?.wbs ?? '?',
			name: r.name,
			nameEn: r.name_en,
			ownerSide: r.owner_side,
			isMilestone: r.is_milestone === 1,
			templateKey: r.template_key
		}));
}

/** Every row the matrix assigns, in reading order: the agreed duties first, then each phase's tasks and deliverables. */
export async function listRaciRows(
	db: Conn,
	projectId: string
): Promise<{ rows: RaciRow[]; phaseKeyOf: Map<string, string>; milestones: Set<string> }> {
	const [phases, tasks, deliverables, duties] = await Promise.all([
		listPhases(db, projectId),
		raciTasks(db, projectId),
		listDeliverables(db, projectId),
		db
			.selectFrom('raci_duties')
			.selectAll()
			.where('project_id', '=', projectId)
			.orderBy('order_index')
			.execute()
	]);
	const rows: RaciRow[] = duties.map((d) => ({
		key: `duty:${d.id}`,
		kind: 'duty',
		refId: d.id,
		phaseId: null,
		label: dutyLabel(d.key),
		name: d.text,
		nameEn: d.text_en,
		dutyKind: d.kind,
		dutySide: d.side,
		templateKey: d.key
	}));
	for (const phase of phases) {
		for (const t of tasks.filter((x) => x.phaseId === phase.id))
			rows.push({
				key: `task:${t.id}`,
				kind: 'task',
				refId: t.id,
				phaseId: phase.id,
				label: t.wbs,
				name: t.name,
				nameEn: t.nameEn,
				ownerSide: t.ownerSide,
				templateKey: t.templateKey
			});
		for (const d of deliverables.filter((x) => x.phaseId === phase.id))
			rows.push({
				key: `deliverable:${d.id}`,
				kind: 'deliverable',
				refId: d.id,
				phaseId: phase.id,
				label: '◆',
				name: d.name,
				nameEn: d.nameEn,
				templateKey: d.templateKey
			});
	}
	return {
		rows,
		phaseKeyOf: new Map(phases.map((p) => [p.id, p.key])),
		milestones: new Set(tasks.filter((t) => t.isMilestone).map((t) => `task:${t.id}`))
	};
}

/** Copies the seed's duties into a new project and fills the default matrix; runs in the creating transaction. */
export async function instantiateRaci(trx: Conn, projectId: string): Promise<void> {
	await trx
		.insertInto('raci_duties')
		.values(
			DUTIES.map((d, i) => ({
				id: newId(),
				project_id: projectId,
				key: d.key,
				kind: d.kind,
				side: d.side ?? null,
				text: d.text.zh,
				text_en: d.text.en,
				order_index: i
			}))
		)
		.execute();
	await trx.insertInto('raci_settings').values({ project_id: projectId }).execute();
	const { rows, phaseKeyOf, milestones } = await listRaciRows(trx, projectId);
	const now = nowIso();
	const cells = rows.flatMap((row) =>
		Object.entries(
			defaultAssignments(
				row,
				row.phaseId ? (phaseKeyOf.get(row.phaseId) ?? null) : null,
				milestones.has(row.key)
			)
		).map(([column_id, value]) => ({
			project_id: projectId,
			row_key: row.key,
			column_id,
			value,
			version: 1,
			updated_at: now,
			updated_by: null
		}))
	);
	for (let i = 0; i < cells.length; i += 150)
		await trx
			.insertInto('raci_cells')
			.values(cells.slice(i, i + 150))
			.execute();
}

export interface LoadedMatrix {
	matrix: RaciMatrix;
	/** Each cell's version ("row|column" → n); 0 for a cell never set. */
	versions: Record<string, number>;
	settingsVersion: number;
}

export const cellKey = (rowKey: string, columnId: string) => `${rowKey}|${columnId}`;

export async function loadRaciMatrix(db: Conn, projectId: string): Promise<LoadedMatrix> {
	const [{ rows }, members, cellRows, settings] = await Promise.all([
		listRaciRows(db, projectId),
		listMembers(db, projectId),
		db.selectFrom('raci_cells').selectAll().where('project_id', '=', projectId).execute(),
		db.selectFrom('raci_settings').selectAll().where('project_id', '=', projectId).executeTakeFirst()
	]);
	const live = new Set(rows.map((r) => r.key));
	const cells: RaciCells = {};
	const versions: Record<string, number> = {};
	for (const c of cellRows) {
		// Cells of a deleted task or deliverable are history, not part of the matrix.
		if (!live.has(c.row_key)) continue;
		versions[cellKey(c.row_key, c.column_id)] = Number(c.version);
		if (isRaciValue(c.value)) (cells[c.row_key] ??= {})[c.column_id] = c.value;
	}
	const used = new Set(cellRows.filter((c) => c.value && live.has(c.row_key)).map((c) => c.column_id));
	return {
		matrix: {
			rows,
			columns: buildColumns(members, used),
			cells,
			settings: settings
				? { overloadShare: Number(settings.overload_share), maxConsulted: Number(settings.max_consulted) }
				: DEFAULT_RACI_SETTINGS
		},
		versions,
		settingsVersion: settings ? Number(settings.version) : 0
	};
}

export interface SavedCell {
	rowKey: string;
	columnId: string;
	value: RaciValue | '';
	version: number;
}

/** The stored cells of the given rows, whatever their value. */
export async function findRaciCells(db: Conn, projectId: string, rowKeys: readonly string[]) {
	if (!rowKeys.length) return [];
	return db
		.selectFrom('raci_cells')
		.selectAll()
		.where('project_id', '=', projectId)
		.where('row_key', 'in', [...rowKeys])
		.execute();
}

/** Writes one cell if it is still at the version its editor saw; false when someone else moved it on. */
export async function updateRaciCell(
	db: Conn,
	projectId: string,
	cell: SavedCell,
	at: string,
	userId: string | null
): Promise<boolean> {
	const res = await db
		.updateTable('raci_cells')
		.set({ value: cell.value, version: cell.version + 1, updated_at: at, updated_by: userId })
		.where('project_id', '=', projectId)
		.where('row_key', '=', cell.rowKey)
		.where('column_id', '=', cell.columnId)
		.where('version', '=', cell.version)
		.executeTakeFirst();
	return Number(res.numUpdatedRows) === 1;
}

export async function insertRaciCell(
	db: Conn,
	projectId: string,
	cell: { rowKey: string; columnId: string; value: RaciValue | '' },
	at: string,
	userId: string | null
): Promise<void> {
	await db
		.insertInto('raci_cells')
		.values({
			project_id: projectId,
			row_key: cell.rowKey,
			column_id: cell.columnId,
			value: cell.value,
			version: 1,
			updated_at: at,
			updated_by: userId
		})
		.execute();
}

export function savedCellOf(
	rowKey: string,
	columnId: string,
	c: Selectable<RaciCellTable> | undefined
): SavedCell {
	return {
		rowKey,
		columnId,
		value: c && isRaciValue(c.value) ? c.value : '',
		version: Number(c?.version ?? 0)
	};
}

export async function getRaciSettings(db: Conn, projectId: string) {
	return db.selectFrom('raci_settings').selectAll().where('project_id', '=', projectId).executeTakeFirst();
}

export async function insertRaciSettings(
	db: Conn,
	projectId: string,
	input: { overloadShare: number; maxConsulted: number }
): Promise<void> {
	await db
		.insertInto('raci_settings')
		.values({ project_id: projectId, overload_share: input.overloadShare, max_consulted: input.maxConsulted })
		.execute();
}

/** Saves the settings if they are still at `version`; false when someone else changed them first. */
export async function updateRaciSettingsRow(
	db: Conn,
	projectId: string,
	input: { overloadShare: number; maxConsulted: number; version: number }
): Promise<boolean> {
	const res = await db
		.updateTable('raci_settings')
		.set({
			overload_share: input.overloadShare,
			max_consulted: input.maxConsulted,
			version: input.version + 1
		})
		.where('project_id', '=', projectId)
		.where('version', '=', input.version)
		.executeTakeFirst();
	return Number(res.numUpdatedRows) === 1;
}
