import { defineArea } from './define';

export const queue = defineArea(
	{
		'queue.tab': '待我处理',
		'queue.title': '待我处理',
		'queue.help': '等你签署的审核和你自己的逾期任务，最急的排在前面。审核截止日期按项目日历的工作日计算。',
		'queue.empty': '没有需要你处理的审核',
		'queue.waiting': '{count} 项待处理',
		'queue.project': '项目',
		'queue.object': '审核对象',
		'queue.type': '类型',
		'queue.submitter': '提交人',
		'queue.submittedAt': '提交时间',
		'queue.dueDate': '截止日期',
		'queue.open': '去处理',
		'queue.overdueCount': '{count} 项已逾期',
		'queue.reviews': '等我签署',
		'queue.reviewsEmpty': '没有等你签署的审核',
		'queue.tasks': '我的逾期任务',
		'queue.tasksHelp': '分配给你、已过计划完成日期还没完成的任务。',
		'queue.taskDue': '计划 {date} 完成',
		'queue.progress': '进度 {percent}%',
		'queue.submitted': '{name}（{side}）提交于 {when}',
		'queue.dueOn': '{date} 截止'
	},
	{
		'queue.tab': 'My queue',
		'queue.title': 'My queue',
		'queue.help':
			'Reviews waiting for your signature and your own overdue tasks, most urgent first. Review due dates count working days on the project calendar.',
		'queue.empty': 'Nothing is waiting for you',
		'queue.waiting': '{count} waiting',
		'queue.project': 'Project',
		'queue.object': 'Item',
		'queue.type': 'Type',
		'queue.submitter': 'Submitted by',
		'queue.submittedAt': 'Submitted',
		'queue.dueDate': 'Due',
		'queue.open': 'Open',
		'queue.overdueCount': '{count} overdue',
		'queue.reviews': 'Waiting for my signature',
		'queue.reviewsEmpty': 'No review is waiting for your signature',
		'queue.tasks': 'My overdue tasks',
		'queue.tasksHelp': 'Tasks assigned to you that are past their planned finish and not done.',
		'queue.taskDue': 'Planned to finish {date}',
		'queue.progress': '{percent}% done',
		'queue.submitted': 'Submitted by {name} ({side}) on {when}',
		'queue.dueOn': 'Due {date}'
	}
);
