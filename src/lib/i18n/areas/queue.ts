import { defineArea } from './define';

export const queue = defineArea(
	{
		'queue.tab': '待我处理',
		'queue.title': '待我处理',
		'queue.help': '需要你签署的审核，按截止日期排序。截止日期按项目日历的工作日计算。',
		'queue.empty': '没有需要你处理的审核',
		'queue.waiting': '{count} 项待处理',
		'queue.project': '项目',
		'queue.object': '审核对象',
		'queue.type': '类型',
		'queue.submitter': '提交人',
		'queue.submittedAt': '提交时间',
		'queue.dueDate': '截止日期',
		'queue.open': '去处理',
		'queue.overdueCount': '{count} 项已逾期'
	},
	{
		'queue.tab': 'My queue',
		'queue.title': 'My queue',
		'queue.help':
			'Reviews waiting for your signature, soonest due first. Due dates count working days on the project calendar.',
		'queue.empty': 'Nothing is waiting for you',
		'queue.waiting': '{count} waiting',
		'queue.project': 'Project',
		'queue.object': 'Item',
		'queue.type': 'Type',
		'queue.submitter': 'Submitted by',
		'queue.submittedAt': 'Submitted',
		'queue.dueDate': 'Due',
		'queue.open': 'Open',
		'queue.overdueCount': '{count} overdue'
	}
);
