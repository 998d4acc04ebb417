import { json } from '@sveltejs/kit';
import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { fromDay } from '$lib/scheduling/dates';
import { computeSchedule } from '$lib/server/repo/schedule';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const plan = await computeSchedule(db(), project.id);
	return json({
		calendar: project.calendarKind,
		projectFinish: fromDay(plan.projectFinish),
		missingYears: plan.missingYears,
		criticalPath: plan.criticalPath,
		tasks: [...plan.tasks].map(([id, t]) => ({
			id,
			earlyStart: fromDay(t.earlyStart),
			earlyFinish: fromDay(t.earlyFinish),
			lateStart: fromDay(t.lateStart),
			lateFinish: fromDay(t.lateFinish),
			totalSlackDays: t.totalSlack,
			freeSlackDays: t.freeSlack,
			isCritical: t.isCritical,
			constraintViolated: t.constraintViolated
		}))
	});
});
