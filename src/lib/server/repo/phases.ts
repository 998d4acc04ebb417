import type { Insertable } from 'kysely';
import type { Bilingual } from '../../i18n/local-name';
import type { PhaseView } from '../../phases/task-model';
import type { PhaseRow, PhaseTable } from '../db/schema';
import { DomainError } from '../errors';
import { nowIso } from '../ids';
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

/** Writes a phase's changed columns over the version the caller read; a conflict when someone wrote first. */
export async function updatePhaseRow(
	db: Conn,
	phase: PhaseView,
	set: Partial<Pick<PhaseRow, 'status' | 'name' | 'name_en'>>
): Promise<void> {
	const res = await db
		.updateTable('phases')
		.set({ ...set, updated_at: nowIso(), version: phase.version + 1 })
		.where('id', '=', phase.id)
		.where('version', '=', phase.version)
		.executeTakeFirst();
	if (Number(res.numUpdatedRows) !== 1)
		throw new DomainError('conflict', 'error.versionConflict', { current: phase });
}

/**
 * Numbers the phases in the given order. With `park`, every phase but the one left out is first moved out of
 * the way (1000 + its place), so order_index values never collide mid-renumbering.
 */
export async function setPhaseOrder(
	db: Conn,
	order: readonly string[],
	options: { park?: boolean; except?: string } = {}
): Promise<void> {
	for (const [i, pid] of order.entries())
		if (pid !== options.except)
			await db
				.updateTable('phases')
				.set({ order_index: (options.park ? 1000 : 0) + i })
				.where('id', '=', pid)
				.execute();
}

export async function insertPhase(db: Conn, row: Insertable<PhaseTable>): Promise<void> {
	await db.insertInto('phases').values(row).execute();
}

export async function deletePhase(db: Conn, phaseId: string): Promise<void> {
	await db.deleteFrom('phases').where('id', '=', phaseId).execute();
}

/** Why a phase cannot be removed: it holds started or finished work, checked gate items, or versioned deliverables. */
export async function phaseRemovalBlocker(
	db: Conn,
	phaseId: string
): Promise<{ startedTask: string } | 'checked' | 'versioned' | null> {
	const started = await db
		.selectFrom('tasks')
		.select('name')
		.where('phase_id', '=', phaseId)
		.where('status', 'in', ['inProgress', 'awaitingAcceptance', 'done'])
		.executeTakeFirst();
	if (started) return { startedTask: started.name };
	const checked = await db
		.selectFrom('gate_items')
		.select('id')
		.where('phase_id', '=', phaseId)
		.where('done', '=', 1)
		.executeTakeFirst();
	if (checked) return 'checked';
	const versioned = await db
		.selectFrom('deliverable_versions')
		.innerJoin('deliverables', 'deliverables.id', 'deliverable_versions.deliverable_id')
		.select('deliverable_versions.id')
		.where('deliverables.phase_id', '=', phaseId)
		.executeTakeFirst();
	return versioned ? 'versioned' : null;
}
