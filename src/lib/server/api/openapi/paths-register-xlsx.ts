import { operation, P } from './operation';

const FILTER = {
	type: { type: 'string', description: 'Types, comma-separated: risk, issue, change, decision, action' },
	status: { type: 'string', description: 'Statuses, comma-separated' },
	side: { type: 'string', enum: ['client', 'vendor', 'joint'] },
	owner: { type: 'string', description: 'The owner’s member id' },
	overdue: { type: 'string', enum: ['1'], description: 'Only open items past their due date' },
	template: {
		type: 'string',
		enum: ['1'],
		description: 'The sheets with their headers only (an empty template)'
	}
};

const IMPORT_NOTE =
	'An .xlsx (one sheet per type, named in Chinese or English) or a UTF-8 .csv (with or without BOM) with a 类型/Type column; headers are matched by label in either language. A row without a number creates an item (origin `import`); a row with a number updates that item when its 版本/Version matches; a number that does not exist is a bad row (numbers are assigned by the register). Up to 5 MB and 10,000 rows, read in a worker thread with a 384 MB heap and a 60 s limit. If any row is bad nothing is written and the 422 answer lists every bad row in `error.rows` (sheet, spreadsheet line, column, reason); otherwise all rows are written in one transaction. Multipart field `dryRun=1` (or `?dryRun=1`) only reports what would happen. 429 while two other imports are being read.';

export const registerXlsxPaths = {
	'/projects/{projectId}/register/export.xlsx': {
		get: operation({
			operationId: 'exportRegisterXlsx',
			summary: 'The register as an Excel workbook: one sheet per type, headers in the reader’s language',
			description:
				'Dates are Excel date cells, numbers are numbers, text is text (never a formula). Takes the register list’s filters. The 版本/Version column is what an import checks.',
			tags: ['register'],
			params: P,
			query: FILTER,
			ok: {
				status: 200,
				description: 'XLSX',
				mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
			},
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/register/import': {
		post: operation({
			operationId: 'importRegister',
			summary: 'Import an Excel (.xlsx) or CSV register file (multipart field `file`), all rows or none',
			description: IMPORT_NOTE,
			tags: ['register'],
			params: P,
			upload: 'file',
			ok: { status: 200, schema: 'RegisterImportResult', description: 'Imported (or pre-checked)' },
			errors: [400, 401, 403, 404, 409, 422, 429]
		})
	}
};
