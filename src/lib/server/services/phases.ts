import type { Kysely } from 'kysely';
import type { PhaseStatus, PhaseView } from '../../phases/task-model';
import type { Conn } from '../db';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { newId, nowIso } from '../ids';
import {
	deletePhase,
	getPhase,
	insertPhase,
	listPhases,
	phaseRemovalBlocker,
	setPhaseOrder,
	updatePhaseRow
} from '../repo/phases';
import { recordAudit, type Actor } from './audit';

async function loadForUpdate(
	trx: Conn,
	projectId: string,
	phaseId: string,
	version: number
): Promise<PhaseView> {
	const phase = await getPhase(trx, projectId, phaseId);
	if (phase.version !== version)
		throw new DomainError('conflict', 'error.versionConflict', { current: phase });
	return phase;
}

/**
 * Moves a phase through 未开始 → 进行中 → 关口评审. Passing the gate is passGate's job alone, because it
 * must check the checklist (and, with sign-off, the signatures); reopening a passed phase is refused.
 */
export async function setPhaseStatus(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	phaseId: string,
	input: { version: number; status: Exclude<PhaseStatus, 'passed'> }
): Promise<PhaseView> {
	return db.transaction().execute(async (trx) => {
		const phase = await loadForUpdate(trx, projectId, phaseId, input.version);
		if (phase.status === 'passed') throw new DomainError('conflict', 'phases.alreadyPassed');
		await updatePhaseRow(trx, phase, { status: input.status });
		await recordAudit(trx, actor, {
			action: 'phase.status',
			objectType: 'phase',
			objectId: phaseId,
			projectId,
			detail: { from: phase.status, to: input.status }
		});
		return getPhase(trx, projectId, phaseId);
	});
}

export async function renamePhase(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	phaseId: string,
	input: { version: number; name: string }
) {
	return db.transaction().execute(async (trx) => {
		const phase = await loadForUpdate(trx, projectId, phaseId, input.version);
		if (input.name !== phase.name) await updatePhaseRow(trx, phase, { name: input.name, name_en: null });
		await recordAudit(trx, actor, {
			action: 'phase.rename',
			objectType: 'phase',
			objectId: phaseId,
			projectId,
			detail: { from: phase.name, to: input.name }
		});
		return getPhase(trx, projectId, phaseId);
	});
}

export async function addPhase(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	input: { name: string; afterPhaseId?: string | null }
) {
	return db.transaction().execute(async (trx) => {
		const phases = await listPhases(trx, projectId);
		const after = input.afterPhaseId
			? phases.findIndex((p) => p.id === input.afterPhaseId)
			: phases.length - 1;
		if (input.afterPhaseId && after < 0)
			throw new DomainError('validation_failed', 'phases.unknownPhase', { field: 'afterPhaseId' });
		const id = newId();
		const now = nowIso();
		const order = [
			...phases.slice(0, after + 1).map((p) => p.id),
			id,
			...phases.slice(after + 1).map((p) => p.id)
		];
		await setPhaseOrder(trx, order, { park: true, except: id });
		await insertPhase(trx, {
			id,
			project_id: projectId,
			key: `custom-${id}`,
			order_index: order.indexOf(id),
			name: input.name,
			name_en: null,
			objectives: '[]',
			entry_criteria: '[]',
			status: 'notStarted',
			gate_passed_at: null,
			gate_passed_by: null,
			created_at: now,
			updated_at: now
		});
		await setPhaseOrder(trx, order, { except: id });
		await recordAudit(trx, actor, {
			action: 'phase.add',
			objectType: 'phase',
			objectId: id,
			projectId,
			detail: { name: input.name }
		});
		return getPhase(trx, projectId, id);
	});
}

export async function movePhase(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	phaseId: string,
	direction: 'up' | 'down'
) {
	await db.transaction().execute(async (trx) => {
		const phases = await listPhases(trx, projectId);
		const i = phases.findIndex((p) => p.id === phaseId);
		if (i < 0) throw new DomainError('not_found', 'error.notFound');
		const j = direction === 'up' ? i - 1 : i + 1;
		if (j < 0 || j >= phases.length) return;
		const order = phases.map((p) => p.id);
		[order[i], order[j]] = [order[j], order[i]];
		await setPhaseOrder(trx, order);
		await recordAudit(trx, actor, {
			action: 'phase.move',
			objectType: 'phase',
			objectId: phaseId,
			projectId,
			detail: { direction }
		});
	});
}

/** Removes a phase with its tasks, deliverables and gate; refused while it holds passed, started or finished work. */
export async function removePhase(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	phaseId: string,
	version: number
) {
	await db.transaction().execute(async (trx) => {
		const phase = await loadForUpdate(trx, projectId, phaseId, version);
		if (phase.status === 'passed') throw new DomainError('conflict', 'phases.removePassed');
		const blocker = await phaseRemovalBlocker(trx, phaseId);
		if (blocker === 'checked') throw new DomainError('conflict', 'phases.removeChecked');
		if (blocker === 'versioned') throw new DomainError('conflict', 'signoff.signedUndeletable');
		if (blocker)
			throw new DomainError('conflict', 'phases.removeStarted', { params: { task: blocker.startedTask } });
		await deletePhase(trx, phaseId);
		await setPhaseOrder(
			trx,
			(await listPhases(trx, projectId)).map((p) => p.id)
		);
		await recordAudit(trx, actor, {
			action: 'phase.remove',
			objectType: 'phase',
			objectId: phaseId,
			projectId,
			detail: { name: phase.name }
		});
	});
}
