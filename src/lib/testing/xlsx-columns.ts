import { LOCALES, translate, type Locale, type MessageKey } from '../i18n';
import { formatTestCode, TEST_PRIORITIES, type TestPriority } from './types';

// The test-case workbook (测试用例 + 说明) and the defect workbook: their columns, and how a case's steps, links and
// priority are written into cells and read back. The export writes exactly what the import reads.

export type CellValue = string | number | boolean | null;
export type ColumnKind = 'text' | 'date' | 'int';

export type CaseColumnKey =
	| 'code'
	| 'title'
	| 'process'
	| 'priority'
	| 'preconditions'
	| 'testData'
	| 'requirements'
	| 'processSteps'
	| 'customisations'
	| 'steps'
	| 'version';

export interface CaseColumn {
	key: CaseColumnKey;
	label: MessageKey;
	/** What the 说明 sheet says of the column, and the values it takes. */
	note: MessageKey;
	allowed: MessageKey;
	kind: ColumnKind;
	width: number;
}

const c = (key: CaseColumnKey, kind: ColumnKind, width: number): CaseColumn => ({
	key,
	label: `txlsx.col.${key}` as MessageKey,
	note: `txlsx.note.${key}` as MessageKey,
	allowed: `txlsx.allowed.${key}` as MessageKey,
	kind,
	width
});

export const CASE_COLUMNS: readonly CaseColumn[] = [
	c('code', 'text', 10),
	c('title', 'text', 36),
	c('process', 'text', 26),
	c('priority', 'text', 8),
	c('preconditions', 'text', 30),
	c('testData', 'text', 30),
	c('requirements', 'text', 20),
	c('processSteps', 'text', 20),
	c('customisations', 'text', 18),
	c('steps', 'text', 60),
	c('version', 'int', 8)
];

/** A header as typed: case, spaces and full-width brackets do not matter. */
const normal = (s: string) =>
	s
		.replace(/[\s（）()]/g, '')
		.toLowerCase()
		.trim();

const HEADER_OF = new Map<string, CaseColumnKey>(
	CASE_COLUMNS.flatMap((col) => LOCALES.map((l) => [normal(translate(l, col.label)), col.key] as const))
);

/** The column a header cell names, in either language. */
export function caseColumnOf(header: CellValue | undefined): CaseColumnKey | null {
	return HEADER_OF.get(normal(cellText(header))) ?? null;
}

export const CASES_SHEET: MessageKey = 'txlsx.sheet.cases';
export const NOTES_SHEET: MessageKey = 'txlsx.sheet.notes';

/** A cell as trimmed text ('' for an empty cell). */
export function cellText(v: CellValue | undefined): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'boolean') return v ? 'true' : 'false';
	return String(v).trim();
}

/** 高 / 中 / 低 in either language, or the key itself. */
export function readPriority(v: CellValue | undefined): TestPriority | null {
	const text = normal(cellText(v));
	for (const p of TEST_PRIORITIES) {
		if (text === p) return p;
		if (LOCALES.some((l) => normal(translate(l, `testing.priority.${p}`)) === text)) return p;
	}
	return null;
}

/** The separator of codes in a link cell: commas, 、, semicolons or line breaks. */
export const LIST_SEPARATOR = ', ';

/** The codes of a link cell (REQ-001, REQ-003), as written. */
export function splitCodes(v: CellValue | undefined): string[] {
	return cellText(v)
		.split(/[\s,，、;；]+/)
		.map((s) => s.trim())
		.filter(Boolean);
}

/** A code's number when it has the given prefix (REQ-001, req-1 → 1), else null. */
export function codeNumber(code: string, prefix: string): number | null {
	const m = /^([A-Za-z]+)-0*(\d{1,9})$/.exec(code.trim());
	if (!m || m[1].toUpperCase() !== prefix) return null;
	return Number(m[2]);
}

/** A to-be step as the workbook names it: its process's code and its position (TB-001/2). */
export function formatStepRef(processCode: string, position: number): string {
	return `${processCode}/${position}`;
}

/** TB-001/2 (also TB-1/2, TB-001 / 2, TB-001#2) → the process number and step position. */
export function parseStepRef(ref: string): { process: number; position: number } | null {
	const m = /^TB-0*(\d{1,9})\s*[/／#]\s*(\d{1,4})$/i.exec(ref.trim());
	return m ? { process: Number(m[1]), position: Number(m[2]) } : null;
}

/** A step-reference cell: TB-001/2, TB-001/3 (spaces around the slash allowed). */
export function splitStepRefs(v: CellValue | undefined): string[] {
	return cellText(v)
		.replace(/\s*([/／#])\s*/g, '$1')
		.split(/[\s,，、;；]+/)
		.filter(Boolean);
}

export const STEP_ARROW = '→';

/** The steps of a case in one cell: numbered lines `1. 操作 → 预期结果`. */
export function formatSteps(steps: readonly { action: string; expected: string }[]): string {
	return steps
		.map((s, i) => `${i + 1}. ${s.action}${s.expected ? ` ${STEP_ARROW} ${s.expected}` : ''}`)
		.join('\n');
}

/**
 * A steps cell back into steps: a line starting with the next number (1. / 1、/ 1) ) starts a step, any other line
 * continues the one before; the first → splits the action from the expected result. `badLine` is the first text
 * before any numbered line (1-based within the cell).
 */
export function parseSteps(v: CellValue | undefined): {
	steps: { action: string; expected: string }[];
	badLine: number | null;
} {
	const raw: string[] = [];
	let badLine: number | null = null;
	const lines = cellText(v).split(/\r\n|\r|\n/);
	lines.forEach((line, i) => {
		const m = /^\s*(\d{1,3})\s*(?:[.．](?!\d)|[、)）])\s?(.*)$/.exec(line);
		// Only the next number starts a step, and "2.5 kg" is a number, not step 2: both stay in the step's text.
		if (m && Number(m[1]) === raw.length + 1) raw.push(m[2]);
		else if (raw.length) raw[raw.length - 1] += `\n${line}`;
		else if (line.trim() && badLine === null) badLine = i + 1;
	});
	const steps = raw.map((text) => {
		const at = text.indexOf(STEP_ARROW);
		return at < 0
			? { action: text.trim(), expected: '' }
			: { action: text.slice(0, at).trim(), expected: text.slice(at + 1).trim() };
	});
	return { steps, badLine };
}

/** TC-007 → 7; null for anything else. */
export function caseNumberOfCode(code: string): number | null {
	return codeNumber(code, 'TC');
}

export const caseCode = (n: number) => formatTestCode('testCase', n);

/** The 说明 sheet: one row per column of 测试用例, what it holds and the values it takes. */
export function notesRows(locale: Locale): string[][] {
	return [
		...CASE_COLUMNS.map((col) => [
			translate(locale, col.label),
			translate(locale, col.note),
			translate(locale, col.allowed)
		]),
		[translate(locale, 'txlsx.note.rulesHeading'), translate(locale, 'txlsx.note.rules'), '']
	];
}

export type DefectColumnKey =
	| 'code'
	| 'title'
	| 'severity'
	| 'priority'
	| 'status'
	| 'ownerSide'
	| 'owner'
	| 'cycle'
	| 'case'
	| 'customisation'
	| 'ageDays'
	| 'raisedBy'
	| 'raisedAt'
	| 'settledAt';

export const DEFECT_COLUMNS: readonly { key: DefectColumnKey; kind: ColumnKind; width: number }[] = [
	{ key: 'code', kind: 'text', width: 10 },
	{ key: 'title', kind: 'text', width: 36 },
	{ key: 'severity', kind: 'text', width: 9 },
	{ key: 'priority', kind: 'text', width: 8 },
	{ key: 'status', kind: 'text', width: 9 },
	{ key: 'ownerSide', kind: 'text', width: 8 },
	{ key: 'owner', kind: 'text', width: 12 },
	{ key: 'cycle', kind: 'text', width: 16 },
	{ key: 'case', kind: 'text', width: 30 },
	{ key: 'customisation', kind: 'text', width: 12 },
	{ key: 'ageDays', kind: 'int', width: 12 },
	{ key: 'raisedBy', kind: 'text', width: 12 },
	{ key: 'raisedAt', kind: 'text', width: 17 },
	{ key: 'settledAt', kind: 'text', width: 17 }
];

/** An instant as the project's wall-clock minute: 2026-12-01 14:05. */
export function minuteInZone(instant: string, timeZone: string): string {
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	}).formatToParts(new Date(instant));
	const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
	return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}
