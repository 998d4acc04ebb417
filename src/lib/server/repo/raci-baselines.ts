import type { Kysely, Transaction } from 'kysely';
import { diffRaci, type RaciChange, type RaciSnapshot } from '../../raci/diff';
import { evaluateRaci, hasErrors } from '../../raci/rules';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { newId, nowIso } from '../ids';
import { recordAudit, type Actor } from '../services/audit';
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

/**
 * Freezes the matrix as a numbered version. A matrix with errors (a row nobody answers for, a role nobody
 * holds…) cannot be baselined: a baseline is what both sides will later sign.
 */
export async function baselineRaci(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	label: string
): Promise<RaciBaselineView> {
	return db.transaction().execute((trx) => insertRaciBaseline(trx, actor, projectId, label));
}

export async function insertRaciBaseline(
	trx: Transaction<Database>,
	actor: Actor,
	projectId: string,
	label: string
): Promise<RaciBaselineView> {
	const { matrix } = await loadRaciMatrix(trx, projectId);
	const errors = evaluateRaci(matrix).filter((i) => i.severity === 'error');
	if (hasErrors(errors))
		throw new DomainError('conflict', 'raci.baselineHasErrors', { params: { count: errors.length } });
	const last = await trx
		.selectFrom('raci_baselines')
		.select((eb) => eb.fn.max('number').as('n'))
		.where('project_id', '=', projectId)
		.executeTakeFirst();
	const number = Number(last?.n ?? 0) + 1;
	const row = {
		id: newId(),
		project_id: projectId,
		number,
		label: label || `V${number}`,
		snapshot: JSON.stringify(snapshotOf(matrix)),
		created_at: nowIso(),
		created_by: actor.userId
	};
	await trx.insertInto('raci_baselines').values(row).execute();
	await recordAudit(trx, actor, {
		action: 'raci.baseline',
		objectType: 'raci_baseline',
		objectId: row.id,
		projectId,
		detail: { number, label: row.label }
	});
	return { id: row.id, number, label: row.label, createdAt: row.created_at, createdBy: row.created_by };
}

export async function listRaciBaselines(
	db: Kysely<Database>,
	projectId: string
): Promise<RaciBaselineView[]> {
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

async function snapshot(db: Kysely<Database>, projectId: string, id: string): Promise<RaciSnapshot> {
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
	db: Kysely<Database>,
	projectId: string,
	fromId: string,
	toId: string
): Promise<RaciChange[]> {
	const [from, to] = await Promise.all([snapshot(db, projectId, fromId), snapshot(db, projectId, toId)]);
	return diffRaci(from, to);
}
