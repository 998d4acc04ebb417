import type { TaskStatus } from '../../phases/task-model';
import type { OwnerSide } from '../../phases/types';
import type { NewTask } from '../db/schema';
import { newId } from '../ids';

/** What every way of adding a task (the form, the API, a template, an import, a kickoff action item) decides. */
export interface NewTaskFields {
	id?: string;
	projectId: string;
	phaseId: string;
	parentId: string | null;
	orderIndex: number;
	name: string;
	nameEn?: string | null;
	description: string;
	ownerSide: OwnerSide;
	isMilestone: boolean;
	start: string;
	finish: string;
	durationDays: number;
	/** A start someone chose is a "start no earlier than": links may push the task later, never earlier. */
	startNoEarlierThan?: string | null;
	templateKey?: string | null;
	progress?: number;
	status?: TaskStatus;
}

/** The one builder of a new task's row. */
export function newTaskRow(f: NewTaskFields, now: string): NewTask {
	return {
		id: f.id ?? newId(),
		project_id: f.projectId,
		phase_id: f.phaseId,
		parent_id: f.parentId,
		template_key: f.templateKey ?? null,
		order_index: f.orderIndex,
		name: f.name,
		name_en: f.nameEn ?? null,
		description: f.description,
		owner_side: f.ownerSide,
		is_milestone: f.isMilestone ? 1 : 0,
		start_date: f.start,
		finish_date: f.finish,
		duration_days: f.durationDays,
		...(f.startNoEarlierThan
			? { constraint_type: 'SNET' as const, constraint_date: f.startNoEarlierThan }
			: {}),
		progress: f.progress ?? 0,
		status: f.status ?? 'notStarted',
		actual_start: null,
		actual_finish: null,
		created_at: now,
		updated_at: now
	};
}
