import { defineArea } from './define';

export const decision = defineArea(
	{
		'decision.approve': '同意',
		'decision.reject': '驳回'
	},
	{
		'decision.approve': 'Approve',
		'decision.reject': 'Reject'
	}
);
