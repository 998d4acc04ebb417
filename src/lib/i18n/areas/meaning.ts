import { defineArea } from './define';

export const meaning = defineArea(
	{
		'meaning.review': '审核',
		'meaning.approve': '批准',
		'meaning.accept': '验收'
	},
	{
		'meaning.review': 'Reviewed',
		'meaning.approve': 'Approved',
		'meaning.accept': 'Accepted'
	}
);
