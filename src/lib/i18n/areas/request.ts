import { defineArea } from './define';

// Requests the server cannot read: too large, not a form, not JSON.
export const request = defineArea(
	{
		'request.tooLarge': '提交的内容过大（上限 {limit}），请缩小后重试',
		'request.notForm': '提交的内容不是有效的表单，请刷新页面后重试',
		'request.notJson': '请求体须为 JSON（Content-Type: application/json）'
	},
	{
		'request.tooLarge': 'The request is too large (limit {limit}); make it smaller and try again',
		'request.notForm': 'The submission is not a valid form; reload the page and try again',
		'request.notJson': 'The request body must be JSON (Content-Type: application/json)'
	}
);
