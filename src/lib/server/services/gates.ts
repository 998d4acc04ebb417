import type { Kysely } from 'kysely';
import { translate } from '../../i18n';
import { CUTOVER_OBJECT_ID } from '../../signoff/types';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { nowIso } from '../ids';
import { recordAudit, type Actor } from './audit';
import {
	evidenceExists,
	findGateItem,
	listGateItems,
	markGatePassed,
	updateGateItemRow,
	type GateItemInput,
	type GateItemView
} from '../repo/gates';
import { getPhase } from '../repo/phases';
import { listPlanBaselines } from '../repo/plan-baselines';
import { createPlanBaseline } from './plan/baselines';
import { assertApproved } from './signoff/approval';
import { refreshReviews } from './signoff/review';

export type { GateItemInput };

/** Ticks or unticks a checklist item; a ticked item must carry evidence, and a passed gate is frozen. */
export async function updateGateItem(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	itemId: string,
	input: GateItemInput
): Promise<GateItemView> {
	return db.transaction().execute(async (trx) => {
		const current = await findGateItem(trx, projectId, itemId);
		if (!current) throw new DomainError('not_found', 'error.notFound');
		if (current.version !== input.version)
			throw new DomainError('conflict', 'error.versionConflict', { current });
		const phase = await getPhase(trx, projectId, current.phaseId);
		if (phase.status === 'passed') throw new DomainError('conflict', 'gate.alreadyPassed');
		const note = input.evidenceNote.trim();
		if (input.done && !note && !input.evidenceTaskId && !input.evidenceDeliverableId) {
			throw new DomainError('validation_failed', 'gate.evidenceRequired', { field: 'evidenceNote' });
		}
		if (input.evidenceTaskId && !(await evidenceExists(trx, projectId, 'tasks', input.evidenceTaskId)))
			throw new DomainError('validation_failed', 'gate.unknownEvidence', { field: 'evidenceTaskId' });
		if (
			input.evidenceDeliverableId &&
			!(await evidenceExists(trx, projectId, 'deliverables', input.evidenceDeliverableId))
		)
			throw new DomainError('validation_failed', 'gate.unknownEvidence', { field: 'evidenceDeliverableId' });
		await updateGateItemRow(
			trx,
			itemId,
			{ ...input, evidenceNote: note, version: current.version },
			input.done ? { by: actor.userId, at: nowIso() } : { by: null, at: null }
		);
		await recordAudit(trx, actor, {
			action: input.done ? 'gate.check' : 'gate.uncheck',
			objectType: 'gate_item',
			objectId: itemId,
			projectId,
			detail: {
				phaseId: current.phaseId,
				evidenceNote: note,
				evidenceTaskId: input.evidenceTaskId,
				evidenceDeliverableId: input.evidenceDeliverableId
			}
		});
		await refreshReviews(
			trx,
			actor,
			projectId,
			[
				{ type: 'gate', id: current.phaseId },
				...(phase.key === 'cutover' ? [{ type: 'cutover' as const, id: CUTOVER_OBJECT_ID }] : [])
			],
			'changed'
		);
		const updated = await findGateItem(trx, projectId, itemId);
		if (!updated) throw new DomainError('not_found', 'error.notFound');
		return updated;
	});
}

/**
 * Passes a phase gate once every checklist item is complete with evidence and every signing slot holds a
 * valid approval over the gate's current content (checklist, evidence, cited deliverable hashes).
 */
export async function passGate(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	phaseId: string,
	version: number
) {
	return db.transaction().execute(async (trx) => {
		const phase = await getPhase(trx, projectId, phaseId);
		if (phase.version !== version)
			throw new DomainError('conflict', 'error.versionConflict', { current: phase });
		if (phase.status === 'passed') throw new DomainError('conflict', 'phases.alreadyPassed');
		const items = await listGateItems(trx, projectId, phaseId);
		if (!items.length) throw new DomainError('conflict', 'gate.noChecklist');
		const open = items.filter((i) => !i.done).length;
		if (open) throw new DomainError('conflict', 'gate.checklistIncomplete', { params: { count: open } });
		const approval = await assertApproved(
			trx,
			projectId,
			{ type: 'gate', id: phaseId },
			'signoff.gateNotApproved'
		);
		if (!(await markGatePassed(trx, phaseId, phase.version, actor.userId, nowIso())))
			throw new DomainError('conflict', 'error.versionConflict', { current: phase });
		await recordAudit(trx, actor, {
			action: 'gate.pass',
			objectType: 'phase',
			objectId: phaseId,
			projectId,
			detail: {
				checklist: items.map((i) => ({ id: i.id, evidence: i.evidenceNote })),
				contentHash: approval.contentHash,
				signoffs: approval.signoffIds
			}
		});
		// Passing the kickoff gate approves the master plan: the first approval freezes a baseline to measure against.
		if (phase.key === 'kickoff' && !(await listPlanBaselines(trx, projectId)).length)
			await createPlanBaseline(trx, actor, projectId, translate('zh-CN', 'plan.approvedBaseline'), true);
		return getPhase(trx, projectId, phaseId);
	});
}
