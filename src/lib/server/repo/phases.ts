import type { Kysely } from 'kysely';
import type { Bilingual } from '../../raci/sides';
import type { PhaseStatus, PhaseView } from '../../phases/task-model';
import type { Database, PhaseRow } from '../db/schema';
import { DomainError } from '../errors';
import { newId, nowIso } from '../ids';
import { recordAudit, type Actor } from '../services/audit';
import type { Conn } from '../db';

export function phaseView(r: PhaseRow): PhaseView {
	return {
		id: r.id,
		key: r.key,
		order: Number(r.order_index),
		name: r.name,
		nameEn: r.name_en,
		objectives: JSON.parse(r.objectives) as Bilingual[],
		entryCriteria: JSON.parse(r.entry_criteria) as Bilingual[],
		status: r.status,
		gatePassedAt: r.gate_passed_at,
		version: Number(r.version)
	};
}

export async function listPhases(db: Conn, projectId: string): Promise<PhaseView[]> {
	const rows = await db
		.selectFrom('phases')
		.selectAll()
		.where('project_id', '=', projectId)
		.orderBy('order_index')
		.execute();
	return rows.map(phaseView);
}

export async function getPhase(db: Conn, projectId: string, phaseId: string): Promise<PhaseView> {
	const row = await db
		.selectFrom('phases')
		.selectAll()
		.where('id', '=', phaseId)
		.where('project_id', '=', projectId)
		.executeTakeFirst();
	if (!row) throw new DomainError('not_found', 'error.notFound');
	return phaseView(row);
}

async function bump(trx: Conn, phase: PhaseView, set: Partial<PhaseRow>): Promise<void> {
	const res = await trx
		.updateTable('phases')
		.set({ ...set, updated_at: nowIso(), version: phase.version + 1 })
		.where('id', '=', phase.id)
		.where('version', '=', phase.version)
		.executeTakeFirst();
	if (Number(res.numUpdatedRows) !== 1)
		throw new DomainError('conflict', 'error.versionConflict', { current: phase });
}

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
		await bump(trx, phase, { status: input.status });
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
		if (input.name !== phase.name) await bump(trx, phase, { name: input.name, name_en: null });
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
		// Park existing phases out of the way first: order_index values never collide mid-renumbering.
		for (const [i, pid] of order.entries())
			if (pid !== id)
				await trx
					.updateTable('phases')
					.set({ order_index: 1000 + i })
					.where('id', '=', pid)
					.execute();
		await trx
			.insertInto('phases')
			.values({
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
			})
			.execute();
		for (const [i, pid] of order.entries())
			if (pid !== id) await trx.updateTable('phases').set({ order_index: i }).where('id', '=', pid).execute();
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
		for (const [k, pid] of order.entries())
			await trx.updateTable('phases').set({ order_index: k }).where('id', '=', pid).execute();
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
		const started = await trx
			.selectFrom('tasks')
			.select('name')
			.where('phase_id', '=', phaseId)
			.where('status', 'in', ['inProgress', 'awaitingAcceptance', 'done'])
			.executeTakeFirst();
		if (started)
			throw new DomainError('conflict', 'phases.removeStarted', { params: { task: started.name } });
		const checked = await trx
			.selectFrom('gate_items')
			.select('id')
			.where('phase_id', '=', phaseId)
			.where('done', '=', 1)
			.executeTakeFirst();
		if (checked) throw new DomainError('conflict', 'phases.removeChecked');
		const versioned = await trx
			.selectFrom('deliverable_versions')
			.innerJoin('deliverables', 'deliverables.id', 'deliverable_versions.deliverable_id')
			.select('deliverable_versions.id')
			.where('deliverables.phase_id', '=', phaseId)
			.executeTakeFirst();
		if (versioned) throw new DomainError('conflict', 'signoff.signedUndeletable');
		await trx.deleteFrom('phases').where('id', '=', phaseId).execute();
		const rest = await listPhases(trx, projectId);
		for (const [k, p] of rest.entries())
			await trx.updateTable('phases').set({ order_index: k }).where('id', '=', p.id).execute();
		await recordAudit(trx, actor, {
			action: 'phase.remove',
			objectType: 'phase',
			objectId: phaseId,
			projectId,
			detail: { name: phase.name }
		});
	});
}
