import { z } from 'zod';

// Response shapes of the register's Excel import (src/lib/server/services/register-xlsx.ts ImportResult).
export const RegisterImportRow = z.object({
	sheet: z.string().describe('The sheet as named in the file (CSV for a .csv file)'),
	line: z.int().describe('The spreadsheet row number (the header is row 1)'),
	column: z.string().nullable().describe('The column at fault, by its label in the reader’s language'),
	message: z.string().describe('Why the row is refused, in the reader’s language')
});

export const RegisterImportResult = z.object({
	dryRun: z.boolean().describe('true for a pre-check: nothing was written'),
	created: z.int(),
	updated: z.int(),
	unchanged: z.int().describe('Rows of existing items whose values match the register'),
	errors: z.array(RegisterImportRow).describe('Always empty in a 200 answer'),
	items: z.array(
		z.object({
			code: z.string().nullable().describe('The item’s number (a new item’s is null in a pre-check)'),
			action: z.enum(['create', 'update']),
			sheet: z.string(),
			line: z.int()
		})
	)
});
