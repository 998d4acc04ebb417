import type { Kysely } from 'kysely';
import type { Database, GateItemRow } from '../db/schema';
import { DomainError } from '../errors';
import { nowIso } from '../ids';
import { recordAudit, type Actor } from './audit';
import { listPlanBaselines } from './plan-baselines';
import { createPlanBaseline } from '../services/plan/baselines';
import { translate } from '../../i18n';
import { getPhase } from './phases';
import { assertApproved } from '../signoff/approval';
import { refreshReviews } from '../signoff/review';
import { CUTOVER_OBJECT_ID } from '../signoff/content';
import type { Conn } from '../db';

export interface GateItemView {
	id: string;
	phaseId: string;
	text: string;
	textEn: string | null;
	done: boolean;
	evidenceNote: string;
	evidenceTaskId: string | null;
	evidenceDeliverableId: string | null;
	checkedBy: string | null;
	checkedAt: string | null;
	version: number;
}

function gateItemView(r: GateItemRow): GateItemView {
	return {
		id: r.id,
		phaseId: r.phase_id,
		text: r.text,
		textEn: r.text_en,
		done: r.done === 1,
		evidenceNote: r.evidence_note,
		evidenceTaskId: r.evidence_task_id,
		evidenceDeliverableId: r.evidence_deliverable_id,
		checkedBy: r.checked_by,
		checkedAt: r.checked_at,
		version: Number(r.version)
	};
}

export async function listGateItems(db: Conn, projectId: string, phaseId?: string): Promise<GateItemView[]> {
	let q = db.selectFrom('gate_items').selectAll().where('project_id', '=', projectId);
	if (phaseId) q = q.where('phase_id', '=', phaseId);
	return (await q.orderBy('phase_id').orderBy('order_index').execute()).map(gateItemView);
}

export async function listDeliverables(db: Conn, projectId: string, phaseId?: string) {
	let q = db.selectFrom('deliverables').selectAll().where('project_id', '=', projectId);
	if (phaseId) q = q.where('phase_id', '=', phaseId);
	const rows = await q.orderBy('order_index').execute();
	return rows.map((d) => ({
		id: d.id,
		phaseId: d.phase_id,
		name: d.name,
		nameEn: d.name_en,
		description: d.description,
		templateKey: d.template_key
	}));
}

export interface GateItemInput {
	version: number;
	done: boolean;
	evidenceNote: string;
	evidenceTaskId: string | null;
	evidenceDeliverableId: string | null;
}

/** Ticks or unticks a checklist item; a ticked item must carry evidence, and a passed gate is frozen. */
export async function updateGateItem(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	itemId: string,
	input: GateItemInput
): Promise<GateItemView> {
	return db.transaction().execute(async (trx) => {
		const row = await trx
			.selectFrom('gate_items')
			.selectAll()
			.where('id', '=', itemId)
			.where('project_id', '=', projectId)
			.executeTakeFirst();
		if (!row) throw new DomainError('not_found', 'error.notFound');
		const current = gateItemView(row);
		if (current.version !== input.version)
			throw new DomainError('conflict', 'error.versionConflict', { current });
		const phase = await getPhase(trx, projectId, row.phase_id);
		if (phase.status === 'passed') throw new DomainError('conflict', 'gate.alreadyPassed');
		const note = input.evidenceNote.trim();
		if (input.done && !note && !input.evidenceTaskId && !input.evidenceDeliverableId) {
			throw new DomainError('validation_failed', 'gate.evidenceRequired', { field: 'evidenceNote' });
		}
		if (input.evidenceTaskId) {
			const task = await trx
				.selectFrom('tasks')
				.select('id')
				.where('id', '=', input.evidenceTaskId)
				.where('project_id', '=', projectId)
				.executeTakeFirst();
			if (!task)
				throw new DomainError('validation_failed', 'gate.unknownEvidence', { field: 'evidenceTaskId' });
		}
		if (input.evidenceDeliverableId) {
			const d = await trx
				.selectFrom('deliverables')
				.select('id')
				.where('id', '=', input.evidenceDeliverableId)
				.where('project_id', '=', projectId)
				.executeTakeFirst();
			if (!d)
				throw new DomainError('validation_failed', 'gate.unknownEvidence', {
					field: 'evidenceDeliverableId'
				});
		}
		await trx
			.updateTable('gate_items')
			.set({
				done: input.done ? 1 : 0,
				evidence_note: note,
				evidence_task_id: input.evidenceTaskId,
				evidence_deliverable_id: input.evidenceDeliverableId,
				checked_by: input.done ? actor.userId : null,
				checked_at: input.done ? nowIso() : null,
				version: current.version + 1
			})
			.where('id', '=', itemId)
			.where('version', '=', current.version)
			.execute();
		await recordAudit(trx, actor, {
			action: input.done ? 'gate.check' : 'gate.uncheck',
			objectType: 'gate_item',
			objectId: itemId,
			projectId,
			detail: {
				phaseId: row.phase_id,
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
				{ type: 'gate', id: row.phase_id },
				...(phase.key === 'cutover' ? [{ type: 'cutover' as const, id: CUTOVER_OBJECT_ID }] : [])
			],
			'changed'
		);
		const updated = await trx
			.selectFrom('gate_items')
			.selectAll()
			.where('id', '=', itemId)
			.executeTakeFirstOrThrow();
		return gateItemView(updated);
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
		const now = nowIso();
		const res = await trx
			.updateTable('phases')
			.set({
				status: 'passed',
				gate_passed_at: now,
				gate_passed_by: actor.userId,
				updated_at: now,
				version: phase.version + 1
			})
			.where('id', '=', phaseId)
			.where('version', '=', phase.version)
			.executeTakeFirst();
		if (Number(res.numUpdatedRows) !== 1)
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
