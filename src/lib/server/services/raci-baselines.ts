import type { Kysely } from 'kysely';
import { evaluateRaci, hasErrors } from '../../raci/rules';
import type { Conn } from '../db';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { recordAudit, type Actor } from './audit';
import { loadRaciMatrix } from '../repo/raci';
import { insertRaciBaselineRow, nextRaciBaselineNumber, type RaciBaselineView } from '../repo/raci-baselines';

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

/** The baseline itself, inside the caller's transaction (submitting the matrix for sign-off takes one). */
export async function insertRaciBaseline(
	trx: Conn,
	actor: Actor,
	projectId: string,
	label: string
): Promise<RaciBaselineView> {
	const { matrix } = await loadRaciMatrix(trx, projectId);
	const errors = evaluateRaci(matrix).filter((i) => i.severity === 'error');
	if (hasErrors(errors))
		throw new DomainError('conflict', 'raci.baselineHasErrors', { params: { count: errors.length } });
	const number = await nextRaciBaselineNumber(trx, projectId);
	const view = await insertRaciBaselineRow(trx, projectId, {
		number,
		label: label || `V${number}`,
		matrix,
		createdBy: actor.userId
	});
	await recordAudit(trx, actor, {
		action: 'raci.baseline',
		objectType: 'raci_baseline',
		objectId: view.id,
		projectId,
		detail: { number, label: view.label }
	});
	return view;
}
