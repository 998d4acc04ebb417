import type { TaskView } from '../phases/task-model';
import type { UpdateTaskBody } from '../schemas/tasks';
import type { ProjectAccess } from './access';
import { DomainError } from './errors';

/** What a member who is not a manager may report on a task: how far it has got, nothing about its plan. */
const PROGRESS_FIELDS = new Set(['version', 'progress', 'status', 'actualStart', 'actualFinish']);

/**
 * Managers edit any task. Other members report progress on tasks assigned to them, or, for unassigned
 * tasks, on those their side owns (joint tasks belong to both sides).
 */
export function canEditTask(access: ProjectAccess, task: TaskView, input: Partial<UpdateTaskBody>): void {
	if (access.canManage) return;
	const planning = Object.entries(input).some(([k, v]) => v !== undefined && !PROGRESS_FIELDS.has(k));
	if (planning) throw new DomainError('forbidden', 'tasks.planningManagersOnly');
	const mine = task.assigneeIds.length
		? task.assigneeIds.includes(access.member.id)
		: task.ownerSide === 'joint' || task.ownerSide === access.member.side;
	if (!mine) throw new DomainError('forbidden', 'tasks.notYours');
}

export function taskEditable(access: ProjectAccess, task: TaskView): boolean {
	try {
		canEditTask(access, task, { version: task.version, progress: task.progress });
		return access.project.status === 'active';
	} catch {
		return false;
	}
}
