import { defineArea } from './define';

export const review = defineArea(
	{
		'review.state.draft': '未送审',
		'review.state.inReview': '审核中',
		'review.state.rejected': '已驳回',
		'review.state.approved': '已批准'
	},
	{
		'review.state.draft': 'Not submitted',
		'review.state.inReview': 'In review',
		'review.state.rejected': 'Rejected',
		'review.state.approved': 'Approved'
	}
);
