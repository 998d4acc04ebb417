import { diffRaci, type RaciChange, type RaciSnapshot } from '../../raci/diff';
import type { RaciMatrix } from '../../raci/matrix';
import type { Conn } from '../db';
import { DomainError } from '../errors';
import { newId, nowIso } from '../ids';
import { loadRaciMatrix } from './raci';

export interface RaciBaselineView {
	id: string;
	number: number;
	label: string;
	createdAt: string;
	createdBy: string | null;
}

function snapshotOf(matrix: { rows: RaciSnapshot['rows']; cells: RaciSnapshot['cells'] }): RaciSnapshot {
	return {
		rows: matrix.rows.map((r) => ({ key: r.key, label: r.label, name: r.name, phaseId: r.phaseId })),
		cells: matrix.cells
	};
}

/** The next version number of the project's matrix. */
export async function nextRaciBaselineNumber(db: Conn, projectId: string): Promise<number> {
	const last = await db
		.selectFrom('raci_baselines')
		.select((eb) => eb.fn.max('number').as('n'))
		.where('project_id', '=', projectId)
		.executeTakeFirst();
	return Number(last?.n ?? 0) + 1;
}

/** Stores the matrix as it is as version `number`. */
export async function insertRaciBaselineRow(
	db: Conn,
	projectId: string,
	row: { number: number; label: string; matrix: RaciMatrix; createdBy: string | null }
): Promise<RaciBaselineView> {
	const stored = {
		id: newId(),
		project_id: projectId,
		number: row.number,
		label: row.label,
		snapshot: JSON.stringify(snapshotOf(row.matrix)),
		created_at: nowIso(),
		created_by: row.createdBy
	};
	await db.insertInto('raci_baselines').values(stored).execute();
	return {
		id: stored.id,
		number: stored.number,
		label: stored.label,
		createdAt: stored.created_at,
		createdBy: stored.created_by
	};
}

export async function listRaciBaselines(db: Conn, projectId: string): Promise<RaciBaselineView[]> {
	const rows = await db
		.selectFrom('raci_baselines')
		.select(['id', 'number', 'label', 'created_at', 'created_by'])
		.where('project_id', '=', projectId)
		.orderBy('number', 'desc')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		number: Number(r.number),
		label: r.label,
		createdAt: r.created_at,
		createdBy: r.created_by
	}));
}

async function snapshot(db: Conn, projectId: string, id: string): Promise<RaciSnapshot> {
	if (id === 'current') return snapshotOf((await loadRaciMatrix(db, projectId)).matrix);
	const row = await db
		.selectFrom('raci_baselines')
		.select('snapshot')
		.where('project_id', '=', projectId)
		.where('id', '=', id)
		.executeTakeFirst();
	if (!row) throw new DomainError('not_found', 'raci.unknownBaseline', { field: 'from' });
	return JSON.parse(row.snapshot) as RaciSnapshot;
}

/** Differences between two versions of the matrix; either may be "current". */
export async function compareRaci(
	db: Conn,
	projectId: string,
	fromId: string,
	toId: string
): Promise<RaciChange[]> {
	const [from, to] = await Promise.all([snapshot(db, projectId, fromId), snapshot(db, projectId, toId)]);
	return diffRaci(from, to);
}
