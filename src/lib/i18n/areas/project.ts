import { defineArea } from './define';

// One project: overview, facts, settings, archive.
export const project = defineArea(
	{
		'project.overview': '仪表盘',
		'project.members': '成员',
		'project.settings': '项目设置',
		'project.sections': '项目栏目',
		'project.facts': '项目信息',
		'project.team': '联合项目组',
		'project.noMembersOnSide': '暂无成员',
		'project.daysToGoLive': '距上线还有 {days} 天',
		'project.daysSinceGoLive': '已上线 {days} 天',
		'project.edit': '编辑项目',
		'project.saved': '项目已保存',
		'project.conflictExplain': '该项目已于 {when} 被其他人修改。下面显示的是最新内容，请在此基础上重新修改。',
		'project.conflictYours': '您本次填写但未保存的内容：',
		'project.archive': '归档项目',
		'project.archiveHelp': '归档后项目变为只读，不再出现在默认项目列表中；可随时恢复。',
		'project.archivedDone': '项目已归档',
		'project.restore': '恢复项目',
		'project.restoreHelp': '恢复后项目重新可编辑。',
		'project.restoredDone': '项目已恢复',
		'project.archivedReadOnly': '项目已归档，内容只读。请先恢复项目。'
	},
	{
		'project.overview': 'Dashboard',
		'project.members': 'Members',
		'project.settings': 'Project settings',
		'project.sections': 'Project sections',
		'project.facts': 'Project facts',
		'project.team': 'Joint project team',
		'project.noMembersOnSide': 'No members yet',
		'project.daysToGoLive': '{days} days to go-live',
		'project.daysSinceGoLive': 'live for {days} days',
		'project.edit': 'Edit project',
		'project.saved': 'Project saved',
		'project.conflictExplain':
			'Someone else changed this project at {when}. The latest content is shown below; make your change again on top of it.',
		'project.conflictYours': 'What you entered, not saved:',
		'project.archive': 'Archive project',
		'project.archiveHelp':
			'An archived project becomes read-only and leaves the default project list; it can be restored at any time.',
		'project.archivedDone': 'Project archived',
		'project.restore': 'Restore project',
		'project.restoreHelp': 'A restored project can be edited again.',
		'project.restoredDone': 'Project restored',
		'project.archivedReadOnly': 'The project is archived and read-only. Restore it first.'
	}
);
