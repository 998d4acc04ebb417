import { rollUpTasks, type RolledUpTask } from '../../phases/rollup';
import type { TaskRow } from '../db/schema';

// The edge between stored task rows and the pure roll-up: which columns it reads, and the mapping.

/** The columns of every task that summaries roll up from (and the outline that numbers them). */
export const ROLL_UP_COLUMNS = [
	'id',
	'phase_id',
	'parent_id',
	'order_index',
	'start_date',
	'finish_date',
	'duration_days',
	'progress',
	'status',
	'template_key'
] as const;

export type RollUpRow = Pick<TaskRow, (typeof ROLL_UP_COLUMNS)[number]>;

/** Every task's shown dates, progress and status: summaries from their children, gate tasks from their gate. */
export function rolledUp(
	phases: readonly { id: string; status: string }[],
	rows: readonly RollUpRow[]
): Map<string, RolledUpTask> {
	return rollUpTasks(
		rows.map((r) => ({
			id: r.id,
			phaseId: r.phase_id,
			parentId: r.parent_id,
			start: r.start_date,
			finish: r.finish_date,
			durationDays: Number(r.duration_days),
			progress: Number(r.progress),
			status: r.status,
			templateKey: r.template_key
		})),
		new Set(phases.filter((p) => p.status === 'passed').map((p) => p.id))
	);
}

/** A full task row narrowed to what the roll-up reads. */
export const rollUpRowOf = (r: TaskRow): RollUpRow => ({
	id: r.id,
	phase_id: r.phase_id,
	parent_id: r.parent_id,
	order_index: r.order_index,
	start_date: r.start_date,
	finish_date: r.finish_date,
	duration_days: r.duration_days,
	progress: r.progress,
	status: r.status,
	template_key: r.template_key
});
