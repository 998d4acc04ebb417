import { defineArea } from './define';

// The register's Excel round trip: export, template, import with its refusals, and the page that does both.
export const raidXlsx = defineArea(
	{
		'raidXlsx.title': 'Excel 导入导出',
		'raidXlsx.intro':
			'把台账导出为 Excel（每类事项一个工作表），线下修改后再导入：留空编号的行新增事项，带编号的行在版本一致时更新该事项。文件中只要有一行有误，整个文件都不会导入。',
		'raidXlsx.exportHeading': '导出',
		'raidXlsx.download': '下载 Excel',
		'raidXlsx.downloadFiltered': '按当前筛选下载 Excel',
		'raidXlsx.filtered': '当前筛选：{filters}',
		'raidXlsx.template': '下载空白模板',
		'raidXlsx.overdue': '已逾期',
		'raidXlsx.importHeading': '导入',
		'raidXlsx.file': 'Excel 或 CSV 文件',
		'raidXlsx.fileHint':
			'.xlsx 或 UTF-8 编码的 .csv（CSV 需有“类型”列），不超过 {max}、{rows} 行；表头可用中文或英文。',
		'raidXlsx.check': '预检',
		'raidXlsx.import': '导入',
		'raidXlsx.imported': '已导入：新增 {created} 项，更新 {updated} 项，{unchanged} 项无变化。',
		'raidXlsx.checked':
			'预检通过：导入将新增 {created} 项，更新 {updated} 项，{unchanged} 项无变化。尚未写入任何数据。',
		'raidXlsx.refused': '文件未导入：以下 {n} 处有误，请修改后重新上传。',
		'raidXlsx.col.sheet': '工作表',
		'raidXlsx.col.line': '行',
		'raidXlsx.col.column': '列',
		'raidXlsx.col.reason': '原因',
		'raidXlsx.back': '返回台账',
		'raidXlsx.yes': '是',
		'raidXlsx.no': '否',
		'raidXlsx.noFile': '请选择要导入的文件',
		'raidXlsx.fileType': '只能导入 .xlsx 或 .csv 文件',
		'raidXlsx.tooLarge': '文件超过 {max}，无法导入',
		'raidXlsx.notXlsx': '无法读取该文件：请上传 Excel（.xlsx）文件，或 UTF-8 编码的 CSV 文件',
		'raidXlsx.tooManyRows': '文件超过 {max} 行，请分批导入',
		'raidXlsx.tooManyColumns': '工作表超过 {max} 列，无法导入',
		'raidXlsx.tooComplex': '文件过于复杂，无法在限定的内存和时间内读取',
		'raidXlsx.empty': '文件中没有可导入的行',
		'raidXlsx.busy': '其他导入正在进行，请稍后再试',
		'raidXlsx.writeFailed': '保存时被拒绝：{reason}',
		'raidXlsx.badChoice': '{column}“{value}”无效，可选：{options}',
		'raidXlsx.required': '请填写{column}',
		'raidXlsx.ownerUnknown': '{column}“{value}”不是本项目成员（按姓名或邮箱匹配）',
		'raidXlsx.ownerAmbiguous': '{column}“{value}”对应多名成员，请改填邮箱',
		'raidXlsx.badDate': '{column}“{value}”不是有效日期（如 2026-12-01）',
		'raidXlsx.newStatus': '新事项不能直接登记为“{value}”',
		'raidXlsx.raisedInFuture': '{column}不能晚于今天（{today}）',
		'raidXlsx.versionMissing': '更新已有事项需要导出时的版本号，请填写{column}',
		'raidXlsx.versionChanged':
			'版本已变化：文件中为 {file}，系统中已是 {current}，说明有人在导出后修改过此事项，请重新导出后再改',
		'raidXlsx.transition': '{column}不能从“{from}”直接改为“{to}”，请按流程逐步推进',
		'raidXlsx.unknownSheet':
			'无法识别工作表“{sheet}”：表名应为风险、问题、变更、决策或行动（或加一列“类型”）',
		'raidXlsx.missingColumn': '缺少“{name}”列',
		'raidXlsx.badType': '{column}“{value}”不是事项类型：应为风险、问题、变更、决策或行动',
		'raidXlsx.badNumber': '{column}“{value}”不是本表事项的编号（应如 {example}）；新增事项请留空编号',
		'raidXlsx.duplicateNumber': '{column} {value} 在文件中重复出现（已在“{sheet}”第 {line} 行）',
		'raidXlsx.unknownNumber': '{column} {value} 在本项目中不存在；新增事项请留空编号，编号由系统分配'
	},
	{
		'raidXlsx.title': 'Excel import and export',
		'raidXlsx.intro':
			'Export the register to Excel (one sheet per type of item), edit it offline and import it back: a row without a number adds an item, a row with a number updates that item when its version still matches. If any row is wrong, nothing in the file is imported.',
		'raidXlsx.exportHeading': 'Export',
		'raidXlsx.download': 'Download Excel',
		'raidXlsx.downloadFiltered': 'Download Excel with the current filters',
		'raidXlsx.filtered': 'Current filters: {filters}',
		'raidXlsx.template': 'Download an empty template',
		'raidXlsx.overdue': 'Overdue',
		'raidXlsx.importHeading': 'Import',
		'raidXlsx.file': 'Excel or CSV file',
		'raidXlsx.fileHint':
			'.xlsx, or .csv in UTF-8 (with a “Type” column), up to {max} and {rows} rows; headers in Chinese or English.',
		'raidXlsx.check': 'Pre-check',
		'raidXlsx.import': 'Import',
		'raidXlsx.imported': 'Imported: {created} created, {updated} updated, {unchanged} unchanged.',
		'raidXlsx.checked':
			'Pre-check passed: importing would create {created}, update {updated} and leave {unchanged} unchanged. Nothing has been written yet.',
		'raidXlsx.refused': 'The file was not imported: fix the {n} problems below and upload it again.',
		'raidXlsx.col.sheet': 'Sheet',
		'raidXlsx.col.line': 'Row',
		'raidXlsx.col.column': 'Column',
		'raidXlsx.col.reason': 'Reason',
		'raidXlsx.back': 'Back to the register',
		'raidXlsx.yes': 'Yes',
		'raidXlsx.no': 'No',
		'raidXlsx.noFile': 'Choose a file to import',
		'raidXlsx.fileType': 'Only .xlsx and .csv files can be imported',
		'raidXlsx.tooLarge': 'The file is over {max} and cannot be imported',
		'raidXlsx.notXlsx': 'The file cannot be read: upload an Excel (.xlsx) file or a CSV file in UTF-8',
		'raidXlsx.tooManyRows': 'The file has more than {max} rows; import it in parts',
		'raidXlsx.tooManyColumns': 'A sheet has more than {max} columns and cannot be imported',
		'raidXlsx.tooComplex': 'The file is too complex to read within the memory and time allowed',
		'raidXlsx.empty': 'The file has no rows to import',
		'raidXlsx.busy': 'Other imports are under way; try again in a moment',
		'raidXlsx.writeFailed': 'Refused while saving: {reason}',
		'raidXlsx.badChoice': '{column} “{value}” is not valid; choose one of: {options}',
		'raidXlsx.required': '{column} is required',
		'raidXlsx.ownerUnknown': '{column} “{value}” is not a member of this project (matched by name or email)',
		'raidXlsx.ownerAmbiguous': '{column} “{value}” matches more than one member; give the email instead',
		'raidXlsx.badDate': '{column} “{value}” is not a valid date (e.g. 2026-12-01)',
		'raidXlsx.newStatus': 'A new item cannot start as “{value}”',
		'raidXlsx.raisedInFuture': '{column} cannot be after today ({today})',
		'raidXlsx.versionMissing':
			'Updating an existing item needs the version it was exported with: fill in {column}',
		'raidXlsx.versionChanged':
			'Version has changed: the file has {file}, the register is at {current}; someone edited the item after the export, so export again before editing',
		'raidXlsx.transition':
			'{column} cannot move from “{from}” straight to “{to}”; follow the workflow step by step',
		'raidXlsx.unknownSheet':
			'Sheet “{sheet}” is not recognised: name it Risk, Issue, Change request, Decision or Action (or add a “Type” column)',
		'raidXlsx.missingColumn': 'The “{name}” column is missing',
		'raidXlsx.badType':
			'{column} “{value}” is not a type of item: use risk, issue, change request, decision or action',
		'raidXlsx.badNumber':
			'{column} “{value}” is not a number of this sheet’s items (like {example}); leave the number empty for a new item',
		'raidXlsx.duplicateNumber':
			'{column} {value} appears twice in the file (already on “{sheet}” row {line})',
		'raidXlsx.unknownNumber':
			'{column} {value} does not exist in this project; leave the number empty for a new item (numbers are assigned by the register)'
	}
);
