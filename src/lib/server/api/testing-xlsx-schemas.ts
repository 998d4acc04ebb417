import { z } from 'zod';

// The answer of the test-case workbook import (src/lib/server/services/test-xlsx.ts CaseImportResult).
const TestCaseImportResult = z.object({
	dryRun: z.boolean().describe('true for a pre-check (预检): nothing was written'),
	created: z.int(),
	updated: z.int(),
	unchanged: z.int().describe('Rows of existing cases whose values match what is stored'),
	errors: z
		.array(
			z.object({
				sheet: z.string(),
				line: z.int().describe('The spreadsheet row number (the header is row 1)'),
				column: z.string().nullable().describe('The column at fault, by its label in the reader’s language'),
				message: z.string()
			})
		)
		.describe('Always empty in a 200 answer'),
	items: z.array(
		z.object({
			code: z.string().nullable().describe('The case number (TC-001); a new case’s is null in a pre-check'),
			action: z.enum(['create', 'update']),
			sheet: z.string(),
			line: z.int()
		})
	)
});

export const testXlsxComponents = {
	TestCaseImportResult: z.toJSONSchema(TestCaseImportResult, {
		target: 'draft-2020-12',
		io: 'output'
	}) as Record<string, unknown>
};
