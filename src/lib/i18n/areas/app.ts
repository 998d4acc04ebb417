import { defineArea } from './define';

// The application itself: name, tagline, list separator.
export const app = defineArea(
	{
		'app.name': 'CRM 实施工作台',
		'app.tagline': '甲方与乙方共同推进 CRM 实施：阶段、计划、职责、签署与交付物',
		'app.listSeparator': '、'
	},
	{
		'app.name': 'CRM Implementation Workbench',
		'app.tagline':
			'Client and vendor implement CRM together: phases, plans, duties, sign-offs and deliverables',
		'app.listSeparator': ', '
	}
);
