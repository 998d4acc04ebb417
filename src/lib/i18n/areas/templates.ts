import { defineArea } from './define';

export const templates = defineArea(
	{
		'templates.notFound': '找不到所选的方法论模板'
	},
	{
		'templates.notFound': 'The chosen methodology template does not exist'
	}
);
