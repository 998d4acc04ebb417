import { defineArea } from './define';

// The getting-started steps on a new project's dashboard.
export const gettingStarted = defineArea(
	{
		'gettingStarted.title': '开始使用',
		'gettingStarted.progress': '已完成 {done} / {total} 步，全部完成后此处不再显示',
		'gettingStarted.done': '已完成',
		'gettingStarted.todo': '未完成',
		'gettingStarted.members.title': '邀请另一方的成员',
		'gettingStarted.members.help': '甲方和乙方都至少要有一名成员；尚未注册的人可以按邮箱邀请。',
		'gettingStarted.members.missing': '还没有成员的一方：{sides}',
		'gettingStarted.members.link': '去成员页邀请',
		'gettingStarted.leads.title': '为每个签署席位安排签署人',
		'gettingStarted.leads.help':
			'每个签署席位（默认为甲方负责人和乙方负责人）都要有成员能签，否则提交审阅后无人可签。',
		'gettingStarted.leads.missing': '无人可签的席位：{seats}',
		'gettingStarted.leads.link': '去成员页指派角色',
		'gettingStarted.calendar.title': '确认工作日历覆盖项目期间',
		'gettingStarted.calendar.help': '排期按工作日历计算；项目跨越的每一年都要有法定节假日安排。',
		'gettingStarted.calendar.missing': '缺少 {years} 年的节假日安排，请实例管理员在「工作日历」中录入',
		'gettingStarted.calendar.link': '查看计划的工作日历',
		'gettingStarted.plan.title': '保存第一条计划基线',
		'gettingStarted.plan.help': '核对任务和工期后保存基线，之后的进度偏差都与它比较。',
		'gettingStarted.plan.link': '去保存基线'
	},
	{
		'gettingStarted.title': 'Getting started',
		'gettingStarted.progress': '{done} of {total} steps done; this panel goes away once all are done',
		'gettingStarted.done': 'Done',
		'gettingStarted.todo': 'To do',
		'gettingStarted.members.title': 'Invite the other side',
		'gettingStarted.members.help':
			'Both the client and the vendor side need at least one member; people without an account can be invited by e-mail.',
		'gettingStarted.members.missing': 'Sides with no member yet: {sides}',
		'gettingStarted.members.link': 'Invite on the members page',
		'gettingStarted.leads.title': 'Give every signing slot a signer',
		'gettingStarted.leads.help':
			'Every signing slot (by default the client lead and the vendor lead) needs a member who can sign, or submissions wait for nobody.',
		'gettingStarted.leads.missing': 'Slots nobody can sign: {seats}',
		'gettingStarted.leads.link': 'Assign roles on the members page',
		'gettingStarted.calendar.title': 'Check the working calendar covers the project',
		'gettingStarted.calendar.help':
			'The schedule counts working days; every year the project spans needs its statutory holiday arrangement.',
		'gettingStarted.calendar.missing':
			'No holiday arrangement for {years}: an instance administrator adds it under Working calendar',
		'gettingStarted.calendar.link': 'See the plan’s calendar',
		'gettingStarted.plan.title': 'Save the first plan baseline',
		'gettingStarted.plan.help':
			'Check the tasks and durations, then save a baseline: later slippage is measured against it.',
		'gettingStarted.plan.link': 'Save a baseline'
	}
);
