import type { Conn } from '../../db';
import { newId, nowIso } from '../../ids';
import { recordAudit, type Actor } from '../audit';
import { insertBaselineRow, nextBaselineNumber, type PlanBaselineView } from '../../repo/plan-baselines';
import { inTransaction } from '../transaction';

/**
 * Saves every task's planned dates under a name (B1, B2… when none is given); inside the caller's transaction
 * when `db` is one (passing a gate takes an automatic baseline).
 */
export async function createPlanBaseline(
	db: Conn,
	actor: Actor,
	projectId: string,
	name: string,
	automatic = false
): Promise<PlanBaselineView> {
	return inTransaction(db, async (trx) => {
		const number = await nextBaselineNumber(trx, projectId);
		const baseline = await insertBaselineRow(trx, projectId, {
			id: newId(),
			number,
			name: name || `B${number}`,
			automatic,
			createdAt: nowIso(),
			createdBy: actor.userId
		});
		await recordAudit(trx, actor, {
			action: 'plan.baseline',
			objectType: 'plan_baseline',
			objectId: baseline.id,
			projectId,
			detail: { number, name: baseline.name, automatic }
		});
		return baseline;
	});
}
