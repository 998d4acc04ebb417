import { translate, type Locale } from '../../../i18n';
import { addedStart, type PlanEdit } from '../../../register/plan-edits';
import type { RegisterItemView } from '../../../register/views';
import type { Conn } from '../../db';
import { DomainError } from '../../errors';
import { projectCalendar } from '../../repo/calendars';
import type { PlanBaselineView } from '../../repo/plan-baselines';
import { loadPlan } from '../../repo/schedule';
import { recordAudit, type Actor } from '../audit';
import { createPlanBaseline } from '../plan/baselines';
import { createDependency } from '../plan/dependencies';
import { addTask, deleteTask, editTask } from '../plan/tasks';
import { updateRegisterItem } from '../register';
import { assertApproved } from '../signoff/approval';
import { inTransaction } from '../transaction';
import { checkEdits, loadChange } from './edits';

export interface AppliedChange {
	item: RegisterItemView;
	baseline: PlanBaselineView;
	/** Ids of the tasks the change created. */
	addedTaskIds: string[];
}

async function versionOf(trx: Conn, projectId: string, taskId: string): Promise<number> {
	const row = (await loadPlan(trx, projectId)).rows.find((r) => r.id === taskId);
	return Number(row?.version ?? 0);
}

/**
 * Applies an approved change request to the plan, once, in one transaction: a baseline of the plan as it was,
 * then each edit through the task services (which recompute the schedule and void the approvals of what they
 * change), then the item marked applied. Any refusal on the way rolls all of it back.
 */
export async function applyChange(
	db: Conn,
	actor: Actor,
	projectId: string,
	itemId: string,
	locale: Locale
): Promise<AppliedChange> {
	return inTransaction(db, async (trx) => {
		const item = await loadChange(trx, projectId, itemId);
		if (item.status === 'applied') throw new DomainError('conflict', 'change.error.alreadyApplied');
		if (item.status !== 'approved') throw new DomainError('conflict', 'change.error.notApproved');
		await assertApproved(trx, projectId, { type: 'change', id: itemId }, 'change.error.notApproved');
		const edits: PlanEdit[] = item.details.planEdits ?? [];
		const [plan, calendar] = await Promise.all([loadPlan(trx, projectId), projectCalendar(trx, projectId)]);
		const { starts } = checkEdits(plan, edits, calendar);
		const baseline = await createPlanBaseline(
			trx,
			actor,
			projectId,
			translate(locale, 'change.baselineName', { code: item.code })
		);
		const addedTaskIds: string[] = [];
		for (const [i, e] of edits.entries()) {
			if (e.kind === 'add') {
				const { task } = await addTask(trx, actor, projectId, {
					phaseId: e.phaseId,
					parentId: e.parentId,
					name: e.name,
					description: `${item.code} ${item.title}`,
					ownerSide: e.ownerSide,
					start: addedStart(calendar, plan.projectStart, e),
					durationDays: e.durationDays,
					isMilestone: false,
					assigneeIds: []
				});
				addedTaskIds.push(task.id);
				if (e.predecessorId)
					await createDependency(trx, actor, projectId, {
						predecessorId: e.predecessorId,
						successorId: task.id,
						type: 'FS',
						lagDays: 0
					});
			} else if (e.kind === 'remove') await deleteTask(trx, actor, projectId, e.taskId);
			else {
				const version = await versionOf(trx, projectId, e.taskId);
				const input =
					e.kind === 'duration' ? { version, durationDays: e.durationDays } : { version, start: starts[i]! };
				await editTask(trx, actor, projectId, e.taskId, input);
			}
		}
		const applied = await updateRegisterItem(
			trx,
			actor,
			projectId,
			itemId,
			{ version: item.version, status: 'applied' },
			{ system: true }
		);
		await recordAudit(trx, actor, {
			action: 'change.apply',
			objectType: 'registerItem',
			objectId: itemId,
			projectId,
			detail: { code: item.code, baselineId: baseline.id, edits: edits.length, addedTaskIds }
		});
		return { item: applied, baseline, addedTaskIds };
	});
}
