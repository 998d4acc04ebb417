import { refreshReviews } from '../signoff/review';
import { RACI_OBJECT_ID } from '../signoff/content';
import type { Kysely, Transaction } from 'kysely';
import { DUTIES } from '../../phases/duties';
import { buildColumns, parseColumnId } from '../../raci/columns';
import { defaultAssignments } from '../../raci/defaults';
import { isRaciValue, type RaciValue } from '../../raci/letters';
import { DEFAULT_RACI_SETTINGS, type RaciCells, type RaciMatrix, type RaciRow } from '../../raci/matrix';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { newId, nowIso } from '../ids';
import { recordAudit, type Actor } from '../services/audit';
import { listDeliverables } from './gates';
import { listMembers } from './members';
import { listPhases } from './phases';
import { listTasks } from './tasks';
import type { Conn } from '../db';

/** Duty rows are numbered the way the seed numbers them: 共同 1–10, 甲方 1–2, 乙方 3–4. */
function dutyLabel(key: string): string {
	const [kind, n] = key.split('.');
	return `${kind === 'shared' ? '共同' : kind === 'client' ? '甲方' : kind === 'vendor' ? '乙方' : '—'} ${n ?? ''}`.trim();
}

/** Every row the matrix assigns, in reading order: the agreed duties first, then each phase's tasks and deliverables. */
export async function listRaciRows(
	db: Conn,
	projectId: string
): Promise<{ rows: RaciRow[]; phaseKeyOf: Map<string, string>; milestones: Set<string> }> {
	const [phases, tasks, deliverables, duties] = await Promise.all([
		listPhases(db, projectId),
		listTasks(db, projectId),
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
export async function instantiateRaci(trx: Transaction<Database>, projectId: string): Promise<void> {
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

export interface CellEdit {
	rowKey: string;
	columnId: string;
	/** '' clears the cell. */
	value: RaciValue | '';
	/** The version the editor saw; 0 for a cell never set. */
	version: number;
}

export interface SavedCell {
	rowKey: string;
	columnId: string;
	value: RaciValue | '';
	version: number;
}

/**
 * Applies a batch of cell edits all or nothing. Every edit names the version its author saw; if any cell has
 * moved on, nothing is written and the conflict carries the cells as they are now.
 */
export async function setRaciCells(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	edits: CellEdit[]
): Promise<SavedCell[]> {
	return db.transaction().execute(async (trx) => {
		const { rows } = await listRaciRows(trx, projectId);
		const live = new Set(rows.map((r) => r.key));
		for (const e of edits) {
			if (!live.has(e.rowKey))
				throw new DomainError('validation_failed', 'raci.unknownRow', { field: 'rowKey' });
			if (!parseColumnId(e.columnId))
				throw new DomainError('validation_failed', 'raci.unknownColumn', { field: 'columnId' });
		}
		const existing = await trx
			.selectFrom('raci_cells')
			.selectAll()
			.where('project_id', '=', projectId)
			.where('row_key', 'in', [...new Set(edits.map((e) => e.rowKey))])
			.execute();
		const byKey = new Map(existing.map((c) => [cellKey(c.row_key, c.column_id), c]));
		const stale = edits.filter(
			(e) => Number(byKey.get(cellKey(e.rowKey, e.columnId))?.version ?? 0) !== e.version
		);
		if (stale.length) {
			const current: SavedCell[] = stale.map((e) => {
				const c = byKey.get(cellKey(e.rowKey, e.columnId));
				return {
					rowKey: e.rowKey,
					columnId: e.columnId,
					value: c && isRaciValue(c.value) ? c.value : '',
					version: Number(c?.version ?? 0)
				};
			});
			throw new DomainError('conflict', 'raci.conflict', { current });
		}
		const now = nowIso();
		const saved: SavedCell[] = [];
		for (const e of edits) {
			const before = byKey.get(cellKey(e.rowKey, e.columnId));
			if (before) {
				const res = await trx
					.updateTable('raci_cells')
					.set({ value: e.value, version: e.version + 1, updated_at: now, updated_by: actor.userId })
					.where('project_id', '=', projectId)
					.where('row_key', '=', e.rowKey)
					.where('column_id', '=', e.columnId)
					.where('version', '=', e.version)
					.executeTakeFirst();
				if (Number(res.numUpdatedRows) !== 1) throw new DomainError('conflict', 'raci.conflict');
			} else {
				await trx
					.insertInto('raci_cells')
					.values({
						project_id: projectId,
						row_key: e.rowKey,
						column_id: e.columnId,
						value: e.value,
						version: 1,
						updated_at: now,
						updated_by: actor.userId
					})
					.execute();
			}
			saved.push({ ...e, version: e.version + 1 });
		}
		await recordAudit(trx, actor, {
			action: 'raci.set',
			objectType: 'raci',
			objectId: projectId,
			projectId,
			detail: { cells: edits.map((e) => [e.rowKey, e.columnId, e.value]) }
		});
		await refreshReviews(trx, actor, projectId, [{ type: 'raciBaseline', id: RACI_OBJECT_ID }], 'changed');
		return saved;
	});
}

export async function updateRaciSettings(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	input: { overloadShare: number; maxConsulted: number; version: number }
) {
	return db.transaction().execute(async (trx) => {
		const current = await trx
			.selectFrom('raci_settings')
			.selectAll()
			.where('project_id', '=', projectId)
			.executeTakeFirst();
		if (!current) {
			await trx
				.insertInto('raci_settings')
				.values({
					project_id: projectId,
					overload_share: input.overloadShare,
					max_consulted: input.maxConsulted
				})
				.execute();
		} else {
			const res = await trx
				.updateTable('raci_settings')
				.set({
					overload_share: input.overloadShare,
					max_consulted: input.maxConsulted,
					version: Number(current.version) + 1
				})
				.where('project_id', '=', projectId)
				.where('version', '=', input.version)
				.executeTakeFirst();
			if (Number(res.numUpdatedRows) !== 1)
				throw new DomainError('conflict', 'error.versionConflict', {
					current: {
						overloadShare: current.overload_share,
						maxConsulted: current.max_consulted,
						version: current.version
					}
				});
		}
		await recordAudit(trx, actor, {
			action: 'raci.settings',
			objectType: 'raci',
			objectId: projectId,
			projectId,
			detail: input
		});
	});
}
