import { defineArea } from './define';

// Microsoft Project (MSPDI) import and export.
export const mspdi = defineArea(
	{
		'mspdi.title': 'MS Project 交换',
		'mspdi.help':
			'导入 MS Project 的 XML 文件（.xml，MSPDI 格式）作为新的阶段；或把本项目计划导出为 MS Project 可打开的 XML。',
		'mspdi.file': 'MS Project XML 文件',
		'mspdi.import': '导入',
		'mspdi.imported': '已导入 {tasks} 项任务、{links} 条依赖（跳过 {skipped} 条无法保留的依赖）',
		'mspdi.export': '导出 MS Project XML',
		'mspdi.malformed': '文件不是格式正确的 XML：第 {line} 行，{message}',
		'mspdi.tooLarge': '文件太大（上限 20 MB）',
		'mspdi.doctype': '出于安全考虑，不接受包含 DOCTYPE 或实体声明的 XML 文件',
		'mspdi.notProject': '这不是 MS Project XML 文件（根元素应为 Project）',
		'mspdi.noTasks': '文件中没有任务',
		'mspdi.noFile': '请选择要导入的文件'
	},
	{
		'mspdi.title': 'MS Project interchange',
		'mspdi.help':
			'Import an MS Project XML file (.xml, MSPDI) as a new phase, or export this plan as XML that MS Project opens.',
		'mspdi.file': 'MS Project XML file',
		'mspdi.import': 'Import',
		'mspdi.imported': 'Imported {tasks} tasks and {links} links ({skipped} links could not be kept)',
		'mspdi.export': 'Export MS Project XML',
		'mspdi.malformed': 'The file is not well-formed XML: line {line}, {message}',
		'mspdi.tooLarge': 'The file is too large (20 MB at most)',
		'mspdi.doctype': 'For safety, XML files with a DOCTYPE or entity declarations are not accepted',
		'mspdi.notProject': 'This is not an MS Project XML file (the root element must be Project)',
		'mspdi.noTasks': 'The file holds no tasks',
		'mspdi.noFile': 'Choose a file to import'
	}
);
