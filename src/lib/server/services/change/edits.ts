import { changeImpact, type ChangeImpact } from '../../../register/change-impact';
import {
	applyPlanEdits,
	referencedIds,
	type EditProblem,
	type PlanEdit,
	type PlanSnapshot
} from '../../../register/plan-edits';
import type { RegisterItemView } from '../../../register/views';
import type { PlanEditsInput } from '../../../schemas/change';
import type { WorkCalendar } from '../../../scheduling/calendar';
import { CycleError } from '../../../scheduling/engine';
import type { Conn } from '../../db';
import { DomainError, notFound } from '../../errors';
import { projectCalendar } from '../../repo/calendars';
import { loadRegisterItem } from '../../repo/register-items';
import { loadPlan, type LoadedPlan } from '../../repo/schedule';
import type { Actor } from '../audit';
import { updateRegisterItem } from '../register';
import { inTransaction } from '../transaction';

/** The plan as the pure change-impact code reads it. */
export function planSnapshot(plan: LoadedPlan): PlanSnapshot {
	return {
		projectStart: plan.projectStart,
		links: plan.links,
		tasks: plan.rows.map((r) => ({
			id: r.id,
			phaseId: r.phase_id,
			parentId: r.parent_id,
			name: r.name,
			durationDays: Number(r.duration_days),
			isMilestone: r.is_milestone === 1,
			constraint:
				r.constraint_type && r.constraint_date ? { type: r.constraint_type, date: r.constraint_date } : null,
			start: r.start_date,
			finish: r.finish_date,
			status: r.status,
			progress: Number(r.progress)
		}))
	};
}

/** A change request of this project, or 404 (any other item type is not a change request here). */
export async function loadChange(db: Conn, projectId: string, itemId: string): Promise<RegisterItemView> {
	const item = await loadRegisterItem(db, projectId, itemId);
	if (!item || item.type !== 'change') throw notFound();
	return item;
}

/** Edits naming a task or phase that is not this project's are a 404, as any other project's object is. */
export function assertOwnRefs(plan: LoadedPlan, edits: readonly PlanEdit[]) {
	const { taskIds, phaseIds } = referencedIds(edits);
	const tasks = new Set(plan.rows.map((r) => r.id));
	if (taskIds.some((id) => !tasks.has(id)) || phaseIds.some((id) => !plan.phaseOrder.has(id)))
		throw notFound();
}

export const problemError = (p: EditProblem) =>
	new DomainError('validation_failed', p.key, { field: `planEdits.${p.index}.${p.field}` });

/** The edits on the plan in memory, refused at the first edit the plan cannot take. */
export function checkEdits(plan: LoadedPlan, edits: readonly PlanEdit[], calendar: WorkCalendar) {
	assertOwnRefs(plan, edits);
	const result = applyPlanEdits(planSnapshot(plan), edits, calendar);
	if (result.problems.length) throw problemError(result.problems[0]);
	return result;
}

/**
 * Saves a change request's plan edits over the version the editor saw (through updateRegisterItem, so the
 * version check, the audit row and the voiding of signatures over the old content are the register's own).
 */
export async function savePlanEdits(
	db: Conn,
	actor: Actor,
	projectId: string,
	itemId: string,
	input: PlanEditsInput
): Promise<RegisterItemView> {
	return inTransaction(db, async (trx) => {
		const item = await loadChange(trx, projectId, itemId);
		if (item.status === 'withdrawn' || item.status === 'applied')
			throw new DomainError('conflict', 'change.error.readOnly', { field: 'planEdits' });
		const [plan, calendar] = await Promise.all([loadPlan(trx, projectId), projectCalendar(trx, projectId)]);
		checkEdits(plan, input.planEdits, calendar);
		return updateRegisterItem(trx, actor, projectId, itemId, {
			version: input.version,
			planEdits: input.planEdits
		});
	});
}

/**
 * The impact of a change request's saved edits (or of `edits`, to try them before saving) on the plan as it
 * stands: read-only, nothing is written. A cycle the edits would close is refused as the plan refuses it.
 */
export async function previewChangeImpact(
	db: Conn,
	projectId: string,
	itemId: string,
	edits?: readonly PlanEdit[]
): Promise<ChangeImpact> {
	const [item, plan, calendar] = await Promise.all([
		loadChange(db, projectId, itemId),
		loadPlan(db, projectId),
		projectCalendar(db, projectId)
	]);
	const planEdits = edits ?? item.details.planEdits ?? [];
	assertOwnRefs(plan, planEdits);
	try {
		return changeImpact(planSnapshot(plan), planEdits, calendar);
	} catch (e) {
		if (!(e instanceof CycleError)) throw e;
		const names = new Map(plan.rows.map((r) => [r.id, r.name]));
		throw new DomainError('conflict', 'plan.cycle', {
			params: { tasks: e.taskIds.map((id) => names.get(id) ?? id).join(' → ') },
			field: 'planEdits'
		});
	}
}
