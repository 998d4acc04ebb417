import { defineArea } from './define';

// The project list and new-project form.
export const projects = defineArea(
	{
		'projects.title': '我的项目',
		'projects.new': '新建项目',
		'projects.newHelp': '创建 CRM 实施项目后，您将成为该项目的项目经理，并可邀请甲方、乙方和顾问成员加入。',
		'projects.create': '创建项目',
		'projects.empty': '您还没有参与任何项目。新建一个项目，或请项目经理把您加入项目。',
		'projects.showArchived': '显示已归档项目',
		'projects.archived': '已归档',
		'projects.mySide': '我方',
		'projects.mySideLegend': '我所属的一方',
		'projects.members': '成员数',
		'projects.codeHint': '例如 HX-CRM-2026，用于文档编号',
		'projects.builtinMethodology': 'CRM 实施方法论（内置，七个阶段）',
		'projects.templateHint':
			'项目将按所选模板生成阶段、任务、交付物、关口检查清单和准备度评估因素，日期从开始日期按工作日排出。'
	},
	{
		'projects.title': 'My projects',
		'projects.new': 'New project',
		'projects.newHelp':
			'You become the project manager of the CRM implementation project you create and can invite client, vendor and consultant members.',
		'projects.create': 'Create project',
		'projects.empty': 'You are not in any project yet. Create one, or ask a project manager to add you.',
		'projects.showArchived': 'Show archived projects',
		'projects.archived': 'Archived',
		'projects.mySide': 'My side',
		'projects.mySideLegend': 'The side I belong to',
		'projects.members': 'Members',
		'projects.codeHint': 'For example HX-CRM-2026; used in document numbers',
		'projects.builtinMethodology': 'CRM implementation methodology (built in, seven phases)',
		'projects.templateHint':
			"The project gets the template's phases, tasks, deliverables, gate checklists and readiness factors, dated in working days from the start date."
	}
);
