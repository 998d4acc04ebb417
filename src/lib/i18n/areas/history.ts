import { defineArea } from './define';

export const history = defineArea(
	{
		'history.deliverable.version': '上传第 {number} 版（SHA-256 {hash}）',
		'history.review.submit': '提交第 {number} 轮审核，截止 {dueDate}',
		'history.review.reopen': '内容变更（{from} → {to}），{count} 个签署作废，重新进入审核',
		'history.signoff.sign': '签署：{decision}（{meaning}）',
		'history.gate.pass': '关口通过',
		'history.task.update': '任务被修改'
	},
	{
		'history.deliverable.version': 'Version {number} uploaded (SHA-256 {hash})',
		'history.review.submit': 'Submitted for review round {number}, due {dueDate}',
		'history.review.reopen': 'Content changed ({from} → {to}); {count} signatures superseded; back in review',
		'history.signoff.sign': 'Signed: {decision} ({meaning})',
		'history.gate.pass': 'Gate passed',
		'history.task.update': 'Task edited'
	}
);
