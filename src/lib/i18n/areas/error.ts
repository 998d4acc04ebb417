import { defineArea } from './define';

// Error pages and API errors.
export const error = defineArea(
	{
		'error.validation': '提交的内容有误，请按提示修改',
		'error.notFound': '找不到该页面或对象，或您无权查看',
		'error.notFoundTitle': '未找到',
		'error.forbiddenTitle': '无权访问',
		'error.genericTitle': '出错了',
		'error.backHome': '返回项目列表',
		'error.unauthorized': '请先登录',
		'error.badToken': '访问令牌无效或已被撤销',
		'error.badJson': '请求体不是有效的 JSON',
		'error.crossSite': '拒绝跨站请求',
		'error.managersOnly': '只有项目经理可以执行此操作',
		'error.versionConflict': '其他人已修改了这条记录，您的修改未保存。请查看最新内容后重试。',
		'error.tokenCannotMintTokens': '访问令牌不能用来创建新的访问令牌，请在个人设置中创建'
	},
	{
		'error.validation': 'Some of the input needs correcting',
		'error.notFound': 'This page or object does not exist, or you may not see it',
		'error.notFoundTitle': 'Not found',
		'error.forbiddenTitle': 'Not allowed',
		'error.genericTitle': 'Something went wrong',
		'error.backHome': 'Back to projects',
		'error.unauthorized': 'Please log in first',
		'error.badToken': 'The access token is invalid or has been revoked',
		'error.badJson': 'The request body is not valid JSON',
		'error.crossSite': 'Cross-site requests are refused',
		'error.managersOnly': 'Only project managers may do this',
		'error.versionConflict':
			'Someone else changed this record; your change was not saved. Review the latest content and try again.',
		'error.tokenCannotMintTokens': 'An access token cannot create further tokens; create them in Settings'
	}
);
