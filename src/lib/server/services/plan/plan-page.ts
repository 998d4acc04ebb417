import { TASK_PAGE_SIZE } from '../../../phases/limits';
import { fromDay } from '../../../scheduling/dates';
import type { Conn } from '../../db';
import { describeCalendar, type CalendarKind } from '../../repo/calendars';
import { listDependencies, type DependencyView } from '../../repo/dependencies';
import { listPhases } from '../../repo/phases';
import { computeSchedule } from '../../repo/schedule';
import { listTaskPage, taskConstraints } from '../../repo/tasks';

/**
 * What the plan page shows: one page of tasks with their slack and constraints, the links that touch them,
 * the calendar and the plan's finish. The schedule is computed over the whole plan (criticality depends on
 * all of it); only one page of rows is sent.
 */
export async function loadPlanPage(
	db: Conn,
	project: { id: string; calendarKind: CalendarKind },
	q: { phaseId: string; page: number }
) {
	const [plan, allDependencies, calendar, phases] = await Promise.all([
		computeSchedule(db, project.id),
		listDependencies(db, project.id),
		describeCalendar(db, project.calendarKind),
		listPhases(db, project.id)
	]);
	let dependencies: DependencyView[] = [];
	const list = await listTaskPage(db, project.id, {
		phaseId: q.phaseId,
		page: q.page,
		size: TASK_PAGE_SIZE,
		include: async (ids) => {
			const onPage = new Set(ids);
			dependencies = allDependencies.filter((d) => onPage.has(d.predecessorId) || onPage.has(d.successorId));
			return dependencies.flatMap((d) => [d.predecessorId, d.successorId]);
		}
	});
	const tasks = list.tasks;
	const schedule = Object.fromEntries(
		tasks.flatMap((task) => {
			const t = plan.tasks.get(task.id);
			if (!t) return [];
			const slack = {
				lateStart: fromDay(t.lateStart),
				lateFinish: fromDay(t.lateFinish),
				totalSlack: t.totalSlack,
				freeSlack: t.freeSlack,
				isCritical: t.isCritical,
				constraintViolated: t.constraintViolated
			};
			return [[task.id, slack]];
		})
	);
	return {
		tasks,
		/** Tasks on other pages that this page's links point to, for their labels. */
		linkedTasks: list.extra,
		total: list.total,
		page: list.page,
		pages: list.pages,
		phases: phases.map((p) => ({ id: p.id, name: p.name, nameEn: p.nameEn })),
		schedule,
		constraints: await taskConstraints(
			db,
			project.id,
			tasks.map((t) => t.id)
		),
		dependencies,
		dependencyCount: allDependencies.length,
		calendar,
		projectFinish: fromDay(plan.projectFinish),
		missingYears: plan.missingYears,
		criticalCount: plan.criticalPath.length
	};
}
