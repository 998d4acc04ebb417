import { defineArea } from './define';

// Readiness (实施准备) and kickoff (项目启动) workspaces.
export const readiness = defineArea(
	{
		'readiness.title': '实施准备',
	},
	{
		'readiness.title': 'Readiness'
	}
);
