import type { Kysely } from 'kysely';
import { parseColumnId } from '../../raci/columns';
import { RACI_OBJECT_ID } from '../../signoff/types';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { nowIso } from '../ids';
import { recordAudit, type Actor } from './audit';
import {
	cellKey,
	findRaciCells,
	getRaciSettings,
	insertRaciCell,
	insertRaciSettings,
	listRaciRows,
	savedCellOf,
	updateRaciCell,
	updateRaciSettingsRow,
	type SavedCell
} from '../repo/raci';
import type { RaciValue } from '../../raci/letters';
import { refreshReviews } from './signoff/review';

export type { SavedCell };

export interface CellEdit {
	rowKey: string;
	columnId: string;
	/** '' clears the cell. */
	value: RaciValue | '';
	/** The version the editor saw; 0 for a cell never set. */
	version: number;
}

/**
 * Applies a batch of cell edits all or nothing. Every edit names the version its author saw; if any cell has
 * moved on, nothing is written and the conflict carries the cells as they are now. The matrix's review reopens
 * over the new letters in the same transaction.
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
		const existing = await findRaciCells(trx, projectId, [...new Set(edits.map((e) => e.rowKey))]);
		const byKey = new Map(existing.map((c) => [cellKey(c.row_key, c.column_id), c]));
		const stale = edits.filter(
			(e) => Number(byKey.get(cellKey(e.rowKey, e.columnId))?.version ?? 0) !== e.version
		);
		if (stale.length) {
			const current = stale.map((e) =>
				savedCellOf(e.rowKey, e.columnId, byKey.get(cellKey(e.rowKey, e.columnId)))
			);
			throw new DomainError('conflict', 'raci.conflict', { current });
		}
		const now = nowIso();
		const saved: SavedCell[] = [];
		for (const e of edits) {
			if (byKey.has(cellKey(e.rowKey, e.columnId))) {
				if (!(await updateRaciCell(trx, projectId, e, now, actor.userId)))
					throw new DomainError('conflict', 'raci.conflict');
			} else await insertRaciCell(trx, projectId, e, now, actor.userId);
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
		const current = await getRaciSettings(trx, projectId);
		if (!current) await insertRaciSettings(trx, projectId, input);
		else if (!(await updateRaciSettingsRow(trx, projectId, input)))
			throw new DomainError('conflict', 'error.versionConflict', {
				current: {
					overloadShare: current.overload_share,
					maxConsulted: current.max_consulted,
					version: current.version
				}
			});
		await recordAudit(trx, actor, {
			action: 'raci.settings',
			objectType: 'raci',
			objectId: projectId,
			projectId,
			detail: input
		});
	});
}
