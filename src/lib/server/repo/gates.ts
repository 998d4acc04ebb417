import type { GateWaiverView, WaiverObserved } from '../../phases/gate-evaluation';
import type { DeliverableView, GateItemView } from '../../phases/views';
import type { GateItemRow, GateWaiverRow, NewGateWaiver } from '../db/schema';
import type { Conn } from '../db';
import { gateWaiverRows } from './signable-content';

export type { DeliverableView, GateItemView, GateWaiverView };

function gateItemView(r: GateItemRow): GateItemView {
	return {
		id: r.id,
		phaseId: r.phase_id,
		templateKey: r.template_key,
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

export async function findGateItem(
	db: Conn,
	projectId: string,
	itemId: string
): Promise<GateItemView | null> {
	const row = await db
		.selectFrom('gate_items')
		.selectAll()
		.where('id', '=', itemId)
		.where('project_id', '=', projectId)
		.executeTakeFirst();
	return row ? gateItemView(row) : null;
}

export interface GateItemInput {
	version: number;
	done: boolean;
	evidenceNote: string;
	evidenceTaskId: string | null;
	evidenceDeliverableId: string | null;
}

/** Writes a checklist item if it is still at `input.version`; false when someone else changed it first. */
export async function updateGateItemRow(
	db: Conn,
	itemId: string,
	input: GateItemInput,
	checked: { by: string | null; at: string | null }
): Promise<boolean> {
	const res = await db
		.updateTable('gate_items')
		.set({
			done: input.done ? 1 : 0,
			evidence_note: input.evidenceNote,
			evidence_task_id: input.evidenceTaskId,
			evidence_deliverable_id: input.evidenceDeliverableId,
			checked_by: checked.by,
			checked_at: checked.at,
			version: input.version + 1
		})
		.where('id', '=', itemId)
		.where('version', '=', input.version)
		.executeTakeFirst();
	return Number(res.numUpdatedRows) === 1;
}

/** Marks the phase's gate passed if the phase is still at `version`; false when someone else changed it first. */
export async function markGatePassed(
	db: Conn,
	phaseId: string,
	version: number,
	by: string | null,
	at: string
): Promise<boolean> {
	const res = await db
		.updateTable('phases')
		.set({ status: 'passed', gate_passed_at: at, gate_passed_by: by, updated_at: at, version: version + 1 })
		.where('id', '=', phaseId)
		.where('version', '=', version)
		.executeTakeFirst();
	return Number(res.numUpdatedRows) === 1;
}

/** Whether a task or deliverable a checklist item cites as evidence belongs to the project. */
export async function evidenceExists(
	db: Conn,
	projectId: string,
	table: 'tasks' | 'deliverables',
	id: string
): Promise<boolean> {
	const row = await db
		.selectFrom(table)
		.select('id')
		.where('id', '=', id)
		.where('project_id', '=', projectId)
		.executeTakeFirst();
	return row !== undefined;
}

export async function listDeliverables(
	db: Conn,
	projectId: string,
	phaseId?: string
): Promise<DeliverableView[]> {
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

/** The project's deliverable made from one template deliverable (charter → 项目章程 …), if any. */
export async function deliverableByTemplateKey(db: Conn, projectId: string, templateKey: string) {
	return db
		.selectFrom('deliverables')
		.select(['id', 'name'])
		.where('project_id', '=', projectId)
		.where('template_key', '=', templateKey)
		.executeTakeFirst();
}

function waiverView(r: GateWaiverRow): GateWaiverView {
	return {
		id: r.id,
		phaseId: r.phase_id,
		subjectType: r.subject_type,
		subjectId: r.subject_id,
		subjectName: r.subject_name,
		reason: r.reason,
		observed: JSON.parse(r.observed) as WaiverObserved,
		waivedBy: r.waived_by,
		waivedByName: r.waived_by_name,
		waivedAt: r.waived_at
	};
}

/** A gate's waivers in the order they are signed in, as the gate page shows them. */
export async function listGateWaivers(
	db: Conn,
	projectId: string,
	phaseId: string
): Promise<GateWaiverView[]> {
	return (await gateWaiverRows(db, projectId, phaseId)).map(waiverView);
}

export async function findGateWaiver(db: Conn, projectId: string, waiverId: string) {
	const row = await db
		.selectFrom('gate_waivers')
		.selectAll()
		.where('project_id', '=', projectId)
		.where('id', '=', waiverId)
		.executeTakeFirst();
	return row ? waiverView(row) : null;
}

export async function insertGateWaiver(db: Conn, row: NewGateWaiver): Promise<void> {
	await db.insertInto('gate_waivers').values(row).execute();
}

export async function deleteGateWaiver(db: Conn, waiverId: string): Promise<void> {
	await db.deleteFrom('gate_waivers').where('id', '=', waiverId).execute();
}
