import type { Kysely } from 'kysely';
import { translate } from '../../i18n';
import { CUTOVER_OBJECT_ID } from '../../signoff/types';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { newId, nowIso } from '../ids';
import type { Conn } from '../db';
import { inTransaction } from './transaction';
import { recordAudit, type Actor } from './audit';
import {
	deleteGateWaiver,
	evidenceExists,
	findGateItem,
	findGateWaiver,
	insertGateWaiver,
	listGateItems,
	markGatePassed,
	updateGateItemRow,
	type GateItemInput,
	type GateItemView
} from '../repo/gates';
import { findMembership } from '../repo/members';
import { WAIVER_REASON_MAX, type WaiverSubject } from '../../phases/gate-evaluation';
import { assertGateReady, loadGateState } from './gate-evaluation';
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
 * Passes a phase gate once every checklist item is complete with evidence, every cited deliverable's current
 * version is approved and the phase's work is done (or each exception waived), and every signing slot holds a
 * valid approval over the gate's current content (checklist, evidence, cited deliverable hashes, waivers).
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
		const { waivers } = await assertGateReady(trx, projectId, phaseId);
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
				waivers: waivers.map((w) => w.id),
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

export interface WaiverInput {
	subjectType: WaiverSubject;
	subjectId: string;
	reason: string;
}

async function openGatePhase(trx: Conn, projectId: string, phaseId: string) {
	const phase = await getPhase(trx, projectId, phaseId);
	if (phase.status === 'passed') throw new DomainError('conflict', 'gate.alreadyPassed');
	return phase;
}

/**
 * Waives one exception of a gate (a cited deliverable not approved, a task not done): the reason, who and when
 * become part of the gate's signed content, so signatures over the gate without it are voided.
 */
export async function waiveGateException(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	phaseId: string,
	input: WaiverInput
) {
	const reason = input.reason.trim();
	if (!reason) throw new DomainError('validation_failed', 'gateEval.reasonRequired', { field: 'reason' });
	if (reason.length > WAIVER_REASON_MAX)
		throw new DomainError('validation_failed', 'gateEval.reasonTooLong', {
			field: 'reason',
			params: { max: WAIVER_REASON_MAX }
		});
	return inTransaction(db, async (trx) => {
		await openGatePhase(trx, projectId, phaseId);
		const { evaluation } = await loadGateState(trx, projectId, phaseId);
		const exception = evaluation.computed
			.flatMap((c) => c.exceptions)
			.find((e) => e.subjectType === input.subjectType && e.subjectId === input.subjectId);
		if (!exception) throw new DomainError('conflict', 'gateEval.notAnException');
		if (exception.waiver) throw new DomainError('conflict', 'gateEval.alreadyWaived');
		const member = actor.userId ? await findMembership(trx, projectId, actor.userId) : undefined;
		const id = newId();
		const waivedAt = nowIso();
		await insertGateWaiver(trx, {
			id,
			project_id: projectId,
			phase_id: phaseId,
			subject_type: exception.subjectType,
			subject_id: exception.subjectId,
			subject_name: exception.wbs ? `${exception.wbs} ${exception.name}` : exception.name,
			reason,
			observed: JSON.stringify(exception.observed),
			waived_by: actor.userId,
			waived_by_name: member?.name ?? '',
			waived_at: waivedAt
		});
		await recordAudit(trx, actor, {
			action: 'gate.waive',
			objectType: 'phase',
			objectId: phaseId,
			projectId,
			detail: {
				waiverId: id,
				subjectType: exception.subjectType,
				subjectId: exception.subjectId,
				observed: exception.observed,
				reason
			}
		});
		await refreshReviews(trx, actor, projectId, [{ type: 'gate', id: phaseId }], 'changed');
		return { id, waivedAt };
	});
}

/** Withdraws a waiver while the gate is open; signatures that covered it are voided like any content change. */
export async function withdrawGateWaiver(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	phaseId: string,
	waiverId: string
): Promise<void> {
	await inTransaction(db, async (trx) => {
		await openGatePhase(trx, projectId, phaseId);
		const waiver = await findGateWaiver(trx, projectId, waiverId);
		if (!waiver || waiver.phaseId !== phaseId) throw new DomainError('not_found', 'error.notFound');
		await deleteGateWaiver(trx, waiverId);
		await recordAudit(trx, actor, {
			action: 'gate.unwaive',
			objectType: 'phase',
			objectId: phaseId,
			projectId,
			detail: {
				waiverId,
				subjectType: waiver.subjectType,
				subjectId: waiver.subjectId,
				reason: waiver.reason
			}
		});
		await refreshReviews(trx, actor, projectId, [{ type: 'gate', id: phaseId }], 'changed');
	});
}
