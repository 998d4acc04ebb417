import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { frappeGanttDatePatch } from '../../frappe-gantt-patch.js';

type DateUtils = { format: (d: Date, f?: string, lang?: string) => string };
const BUNDLE = 'node_modules/frappe-gantt/dist/frappe-gantt.es.js';

/** The library's date_utils from its bundle, patched or not, exported under a known name to call it directly. */
async function dateUtils(code: string, name: string): Promise<DateUtils> {
	const object = /(\w+) = \{\s*parse_duration\(/.exec(code)![1];
	const file = join(mkdtempSync(join(tmpdir(), 'frappe-patch-')), `${name}.mjs`);
	writeFileSync(file, `${code}\nexport const __dateUtils = ${object};\n`);
	return ((await import(/* @vite-ignore */ pathToFileURL(file).href)) as { __dateUtils: DateUtils })
		.__dateUtils;
}

describe('frappe-gantt date patch', () => {
	it('applies to the installed bundle and formats every date as the library does', async () => {
		const source = readFileSync(BUNDLE, 'utf8');
		const warnings: string[] = [];
		const transform = frappeGanttDatePatch().transform as (
			this: { warn: (m: string) => void },
			code: string,
			id: string
		) => { code: string } | null;
		const patched = transform.call(
			{ warn: (m) => warnings.push(m) },
			source,
			`/app/node_modules/frappe-gantt/dist/frappe-gantt.es.js`
		)!;
		expect(warnings).toEqual([]);
		expect(patched.code).toContain('__wbMonth');
		const [before, after] = await Promise.all([
			dateUtils(source, 'upstream'),
			dateUtils(patched.code, 'patched')
		]);
		const dates = [
			new Date(2026, 0, 1),
			new Date(2026, 8, 9, 23, 59, 59),
			new Date(2027, 11, 31),
			new Date(2026, 2, 29, 0, 30)
		];
		for (const d of dates) {
			for (const f of ['YYYY-MM-DD', 'YYYY-MM', 'YYYY-MM-DD HH:mm', 'MMMM YYYY', 'D MMM']) {
				for (const lang of ['zh', 'en']) expect(after.format(d, f, lang)).toBe(before.format(d, f, lang));
			}
		}
	});

	it('leaves every other module alone', () => {
		const transform = frappeGanttDatePatch().transform as (code: string, id: string) => unknown;
		expect(transform('new Intl.DateTimeFormat("zh")', '/app/src/lib/i18n/t.ts')).toBeNull();
	});
});
