import { translate } from '$lib/i18n';
import { ownerSideKey, taskStatusKey } from '$lib/i18n/labels';
import { tasksCsv } from '$lib/phases/tasks-csv';
import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { computeSchedule } from '$lib/server/repo/schedule';
import { listTasks } from '$lib/server/repo/tasks';

export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const locale = event.locals.locale;
	const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
	const [tasks, plan] = await Promise.all([listTasks(db(), project.id), computeSchedule(db(), project.id)]);
	const csv = tasksCsv(
		tasks,
		plan.tasks,
		locale,
		[
			t('field.wbs'),
			t('field.taskName'),
			t('field.ownerSide'),
			t('field.taskStart'),
			t('field.taskFinish'),
			t('field.durationDays'),
			t('field.isMilestone'),
			t('field.progress'),
			t('field.status'),
			t('plan.lateStart'),
			t('plan.lateFinish'),
			t('plan.totalSlack'),
			t('plan.critical')
		],
		{
			side: (x) => t(ownerSideKey(x.ownerSide)),
			status: (x) => t(taskStatusKey(x.status)),
			yes: '✓'
		}
	);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${project.code}-plan.csv"`
		}
	});
});
