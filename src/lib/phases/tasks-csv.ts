import { csvDocument } from '../csv';
import type { ScheduledTask } from '../scheduling/engine';
import { fromDay } from '../scheduling/dates';
import type { Locale } from '../i18n';
import { localName } from '../i18n/local-name';
import type { TaskView } from './task-model';

/** The plan as a spreadsheet: one row per task in WBS order, with its computed slack. */
export function tasksCsv(
	tasks: readonly TaskView[],
	plan: ReadonlyMap<string, ScheduledTask>,
	locale: Locale,
	headings: readonly string[],
	labels: { side: (t: TaskView) => string; status: (t: TaskView) => string; yes: string }
) {
	const rows = tasks.map((t) => {
		const s = plan.get(t.id);
		return [
			t.wbs,
			`${'  '.repeat(t.depth)}${localName(t, locale)}`,
			labels.side(t),
			t.start,
			t.finish,
			t.durationDays,
			t.isMilestone ? labels.yes : '',
			t.progress,
			labels.status(t),
			s ? fromDay(s.lateStart) : '',
			s ? fromDay(s.lateFinish) : '',
			s?.totalSlack ?? '',
			s?.isCritical ? labels.yes : ''
		];
	});
	return csvDocument([headings, ...rows]);
}
