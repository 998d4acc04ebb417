import type { OwnerSide } from '../phases/types';
import type { TaskView } from '../phases/task-model';

/** What the Gantt page uses of a task; a full TaskView (as the task API answers) is one too. */
export type GanttRow = Pick<
	TaskView,
	| 'id'
	| 'phaseId'
	| 'parentId'
	| 'wbs'
	| 'depth'
	| 'name'
	| 'nameEn'
	| 'ownerSide'
	| 'start'
	| 'finish'
	| 'durationDays'
	| 'isMilestone'
	| 'progress'
	| 'assigneeIds'
	| 'hasChildren'
	| 'version'
>;

/** One row as sent: positions instead of keys, so a 5,000-task plan is not 5,000 copies of sixteen key names. */
export type PackedRow = [
	id: string,
	phaseId: string,
	parentId: string | null,
	wbs: string,
	depth: number,
	name: string,
	nameEn: string | null,
	ownerSide: OwnerSide,
	start: string,
	finish: string,
	durationDays: number,
	isMilestone: 0 | 1,
	progress: number,
	assigneeIds: string[],
	hasChildren: 0 | 1,
	version: number
];

/**
 * Rows of the plan as the chart draws them, in WBS order, with what the chart needs of them: which are
 * critical, the links between them and, when asked for, their baseline dates. The page opens with the
 * first screen's slice and then fetches the whole plan in the same shape.
 */
export interface PlanSlice {
	rows: PackedRow[];
	critical: string[];
	/** [predecessorId, successorId]: the chart draws arrows, it does not need link types or lags. */
	links: [string, string][];
	baseline: Record<string, [start: string, finish: string]>;
}

/** The whole plan's first and last day: the time axis spans them even while only a slice is loaded. */
export interface PlanSpan {
	start: string;
	finish: string;
}

export function packRow(t: GanttRow): PackedRow {
	return [
		t.id,
		t.phaseId,
		t.parentId,
		t.wbs,
		t.depth,
		t.name,
		t.nameEn,
		t.ownerSide,
		t.start,
		t.finish,
		t.durationDays,
		t.isMilestone ? 1 : 0,
		t.progress,
		t.assigneeIds,
		t.hasChildren ? 1 : 0,
		t.version
	];
}

export function unpackRow(r: PackedRow): GanttRow {
	const [
		id,
		phaseId,
		parentId,
		wbs,
		depth,
		name,
		nameEn,
		ownerSide,
		start,
		finish,
		durationDays,
		isMilestone,
		progress,
		assigneeIds,
		hasChildren,
		version
	] = r;
	return {
		id,
		phaseId,
		parentId,
		wbs,
		depth,
		name,
		nameEn,
		ownerSide,
		start,
		finish,
		durationDays,
		isMilestone: isMilestone === 1,
		progress,
		assigneeIds,
		hasChildren: hasChildren === 1,
		version
	};
}

/** The days the axis must show for these rows: from the project start (or an earlier task) to the last finish. */
export function spanOf(rows: readonly { start: string; finish: string }[], projectStart: string): PlanSpan {
	let start = projectStart;
	let finish = projectStart;
	for (const t of rows) {
		if (t.start < start) start = t.start;
		if (t.finish > finish) finish = t.finish;
	}
	return { start, finish };
}
