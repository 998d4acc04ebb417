import { operation, P } from './operation';

const XLSX = {
	status: 200,
	description: 'XLSX',
	mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
} as const;

const IMPORT_NOTE =
	'The workbook as `cases.xlsx` writes it (sheet 测试用例 / Test cases; headers matched by label in either language; a 说明 / Notes sheet is ignored). A row without 用例编号 creates a case; a row with one updates that case of this project when its 版本/Version is the one the case has now (a case edited since the export is a bad row: export again), and a row equal to the stored case changes nothing. 目标流程 is TB-001 (optionally followed by the name) or the exact name; 关联需求 REQ-001, REQ-003; 关联步骤 TB-001/2 (process code/step number, a step of the row’s to-be process); 关联定制开发 CU-001; 步骤 one line per step, `1. action → expected`. A code this project does not have (another project’s REQ-009, say) is a bad row. Every row is validated like `createTestCase`. If any row is bad nothing is written and the 422 answer lists every bad row in `error.rows` (sheet, spreadsheet line, column, reason); otherwise all rows are written in one transaction. Multipart field `file` (an .xlsx, at most 10 MB and 5,000 case rows, read in a worker thread with a capped heap); field `dryRun=1` (or `?dryRun=1`) is the pre-check (预检) and writes nothing. 429 while two other imports are being read.';

export const testXlsxPaths = {
	'/projects/{projectId}/testing/cases.xlsx': {
		get: operation({
			operationId: 'exportTestCasesXlsx',
			summary: 'The test cases as an Excel workbook (测试用例 + 说明), the file the import reads back',
			description:
				'One row per case in number order: 用例编号, 标题, 目标流程, 优先级, 前置条件, 测试数据, 关联需求, 关联步骤, 关联定制开发, 步骤, 版本. Headers and labels in the reader’s language. Filename `测试用例-<project code>.xlsx` (RFC 5987 `filename*`).',
			tags: ['testing'],
			params: P,
			ok: XLSX,
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/testing/cases/import': {
		post: operation({
			operationId: 'importTestCasesXlsx',
			summary: 'Import test cases from an Excel workbook (multipart field `file`), all rows or none',
			description: IMPORT_NOTE,
			tags: ['testing'],
			params: P,
			upload: 'file',
			ok: { status: 200, schema: 'TestCaseImportResult', description: 'Imported (or pre-checked)' },
			errors: [400, 401, 404, 409, 413, 422, 429]
		})
	},
	'/projects/{projectId}/testing/defects.xlsx': {
		get: operation({
			operationId: 'exportDefectsXlsx',
			summary: 'The defect log as an Excel workbook',
			description:
				'缺陷编号, 标题, 严重程度, 优先级, 状态, 责任方, 责任人, 测试轮次, 用例, 定制开发, 龄期（工作日, the project calendar), 登记人, 登记时间 and 关闭时间 (the project’s time zone). Filename `缺陷-<project code>.xlsx`.',
			tags: ['testing'],
			params: P,
			ok: XLSX,
			errors: [401, 404]
		})
	}
};
