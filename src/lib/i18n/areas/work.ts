import { defineArea } from './define';

export const work = defineArea(
	{
		'work.phasesTab': '阶段',
		'work.tasksTab': '任务'
	},
	{
		'work.phasesTab': 'Phases',
		'work.tasksTab': 'Tasks'
	}
);
