import { defineArea } from './define';

export const limits = defineArea(
	{
		'limits.tooManyTasks':
			'每个项目最多 {max} 项任务：本项目已有 {count} 项，再添加 {adding} 项将超出上限。请拆分计划或删除不需要的任务。',
		'limits.mspdiTooManyTasks':
			'文件中的任务超过 {max} 项（每个项目的上限），未导入任何内容。请在 MS Project 中拆分计划后分批导入。',
		'limits.mspdiTooDeep': '文件的 XML 嵌套超过 {max} 层，不像 MS Project 文件，未导入任何内容。',
		'limits.mspdiTooComplex': '文件包含的 XML 元素超过 {max} 个，超出了导入能处理的范围，未导入任何内容。',
		'limits.documentTooLarge':
			'文档太大，超出了生成进程的内存上限，未能生成。其他功能不受影响；请按阶段筛选后再生成，或联系管理员。',
		'limits.pageOf': '第 {page} / {pages} 页',
		'limits.previous': '上一页',
		'limits.next': '下一页',
		'limits.pagination': '分页',
		'limits.parentOnPage': '可选的上级任务为本页所列任务；请用筛选找到其他上级任务。'
	},
	{
		'limits.tooManyTasks':
			'A project holds at most {max} tasks: this one has {count}, and adding {adding} would go past the limit. Split the plan or delete tasks you no longer need.',
		'limits.mspdiTooManyTasks':
			'The file holds more than {max} tasks (the limit per project); nothing was imported. Split the plan in MS Project and import it in parts.',
		'limits.mspdiTooDeep':
			'The file’s XML is nested more than {max} levels deep, unlike an MS Project file; nothing was imported.',
		'limits.mspdiTooComplex':
			'The file holds more than {max} XML elements, more than an import can handle; nothing was imported.',
		'limits.documentTooLarge':
			'The document is too large for the memory a document may use and was not generated. Everything else keeps working; generate it per phase, or ask an administrator.',
		'limits.pageOf': 'Page {page} of {pages}',
		'limits.previous': 'Previous',
		'limits.next': 'Next',
		'limits.pagination': 'Pages',
		'limits.parentOnPage':
			'Parent tasks offered are those listed on this page; use the filters to reach others.'
	}
);
