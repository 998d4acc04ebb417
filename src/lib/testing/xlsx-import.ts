import { translate, type Locale, type MessageKey, type MessageParams } from '../i18n';
import {
	createTestCaseSchema,
	updateTestCaseSchema,
	type CreateTestCaseInput,
	type UpdateTestCaseInput
} from '../schemas/test-cases';
import { validate } from '../schemas/validate';
import {
	caseCode,
	caseColumnOf,
	caseNumberOfCode,
	cellText,
	codeNumber,
	CASE_COLUMNS,
	parseStepRef,
	parseSteps,
	readPriority,
	splitCodes,
	splitStepRefs,
	type CaseColumnKey,
	type CellValue
} from './xlsx-columns';
import type { TestPriority } from './types';

// Planning an import of the test-case workbook: every row read, resolved against the project and validated with
// the create (or update) schema. Writes nothing: the service writes the plan only when no row is bad.

/** One sheet as the reading worker returns it: rows with their spreadsheet line numbers, blank rows left out. */
export interface ReadSheet {
	name: string;
	rows: { line: number; cells: CellValue[] }[];
}

/** A refused row: sheet, spreadsheet line, the column at fault (its label) and why, in the reader's language. */
export interface RowError {
	sheet: string;
	line: number;
	column: string | null;
	message: string;
}

/** A stored case as the import compares it with a row. */
export interface StoredCase {
	id: string;
	number: number;
	title: string;
	processId: string | null;
	priority: TestPriority;
	preconditions: string;
	testData: string;
	requirementIds: string[];
	processStepIds: string[];
	customisationIds: string[];
	steps: { id: string; action: string; expected: string }[];
	version: number;
}

export interface CaseImportContext {
	locale: Locale;
	/** The project's cases by number (TC-007 → 7). */
	cases: ReadonlyMap<number, StoredCase>;
	/** The project's requirements and customisations by number. */
	requirements: ReadonlyMap<number, string>;
	customisations: ReadonlyMap<number, string>;
	/** The project's to-be processes by number, and their steps by `process number/position`. */
	processes: ReadonlyMap<number, { id: string; name: string }>;
	steps: ReadonlyMap<string, { id: string; processId: string }>;
}

export interface PlannedCreate {
	sheet: string;
	line: number;
	input: CreateTestCaseInput;
}

export interface PlannedUpdate {
	sheet: string;
	line: number;
	id: string;
	code: string;
	input: UpdateTestCaseInput;
}

export interface CaseImportPlan {
	creates: PlannedCreate[];
	updates: PlannedUpdate[];
	/** Rows of existing cases that match what is stored: nothing to write. */
	unchanged: number;
	/** Data rows read from the case sheets. */
	rows: number;
	errors: RowError[];
}

/** The schema field → the column that holds it. */
const COLUMN_OF_FIELD: Record<string, CaseColumnKey> = {
	title: 'title',
	processId: 'process',
	priority: 'priority',
	preconditions: 'preconditions',
	testData: 'testData',
	steps: 'steps',
	requirementIds: 'requirements',
	processStepIds: 'processSteps',
	customisationIds: 'customisations',
	version: 'version'
};

class Row {
	readonly errors: RowError[] = [];
	constructor(
		readonly sheet: string,
		readonly line: number,
		private readonly cells: CellValue[],
		private readonly columns: ReadonlyMap<CaseColumnKey, number>,
		private readonly locale: Locale
	) {}
	has(key: CaseColumnKey) {
		return this.columns.has(key);
	}
	cell(key: CaseColumnKey): CellValue | undefined {
		const i = this.columns.get(key);
		return i === undefined ? undefined : (this.cells[i] ?? null);
	}
	label(key: CaseColumnKey) {
		return translate(this.locale, CASE_COLUMNS.find((c) => c.key === key)!.label);
	}
	fail(key: CaseColumnKey | null, message: MessageKey, params: MessageParams = {}) {
		const column = key ? this.label(key) : null;
		this.failText(key, translate(this.locale, message, { column: column ?? '', ...params }));
	}
	failText(key: CaseColumnKey | null, message: string) {
		this.errors.push({ sheet: this.sheet, line: this.line, column: key ? this.label(key) : null, message });
	}
}

/** The ids of a link cell's codes; an unknown code fails the row naming it. */
function resolveCodes(
	row: Row,
	key: 'requirements' | 'customisations',
	prefix: 'REQ' | 'CU',
	known: ReadonlyMap<number, string>
): string[] {
	const ids: string[] = [];
	for (const code of splitCodes(row.cell(key))) {
		const n = codeNumber(code, prefix);
		const id = n === null ? undefined : known.get(n);
		if (n === null) row.fail(key, 'txlsx.error.badCode', { value: code, example: `${prefix}-001` });
		else if (!id) row.fail(key, 'txlsx.error.unknownCode', { value: code });
		else if (!ids.includes(id)) ids.push(id);
	}
	return ids;
}

/** The to-be process of the 目标流程 cell: its code (TB-001 …) or, without one, its exact name. */
function resolveProcess(row: Row, ctx: CaseImportContext): string | null {
	const text = cellText(row.cell('process'));
	if (!text) return null;
	const code = /^(TB-\d+)/i.exec(text)?.[1];
	if (code) {
		const p = ctx.processes.get(codeNumber(code, 'TB') ?? -1);
		if (p) return p.id;
		row.fail('process', 'txlsx.error.unknownCode', { value: code.toUpperCase() });
		return null;
	}
	const named = [...ctx.processes.values()].filter((p) => p.name === text);
	if (named.length === 1) return named[0].id;
	row.fail('process', named.length ? 'txlsx.error.processAmbiguous' : 'txlsx.error.processUnknown', {
		value: text
	});
	return null;
}

function resolveSteps(row: Row, ctx: CaseImportContext, processId: string | null): string[] {
	const ids: string[] = [];
	for (const ref of splitStepRefs(row.cell('processSteps'))) {
		const parsed = parseStepRef(ref);
		const step = parsed ? ctx.steps.get(`${parsed.process}/${parsed.position}`) : undefined;
		if (!parsed) row.fail('processSteps', 'txlsx.error.badStepRef', { value: ref });
		else if (!step) row.fail('processSteps', 'txlsx.error.unknownCode', { value: ref });
		else if (processId && step.processId !== processId)
			row.fail('processSteps', 'txlsx.error.stepOfOtherProcess', { value: ref });
		else if (!ids.includes(step.id)) ids.push(step.id);
	}
	return ids;
}

/** The row's case as create-schema input, before validation. */
function readRow(row: Row, ctx: CaseImportContext, current: StoredCase | null) {
	const fields: Record<string, unknown> = {};
	const keep = <T>(key: CaseColumnKey, value: () => T, stored: T | undefined) => {
		if (row.has(key)) return value();
		return stored;
	};
	fields.title = keep('title', () => cellText(row.cell('title')), current?.title);
	fields.processId = keep('process', () => resolveProcess(row, ctx), current?.processId) ?? null;
	fields.preconditions = keep(
		'preconditions',
		() => cellText(row.cell('preconditions')),
		current?.preconditions
	);
	fields.testData = keep('testData', () => cellText(row.cell('testData')), current?.testData);
	const priorityText = cellText(row.cell('priority'));
	if (row.has('priority') && priorityText) {
		const priority = readPriority(priorityText);
		if (priority) fields.priority = priority;
		else row.fail('priority', 'txlsx.error.priority', { value: priorityText });
	} else fields.priority = current?.priority ?? 'medium';
	fields.requirementIds = keep(
		'requirements',
		() => resolveCodes(row, 'requirements', 'REQ', ctx.requirements),
		current?.requirementIds
	);
	fields.customisationIds = keep(
		'customisations',
		() => resolveCodes(row, 'customisations', 'CU', ctx.customisations),
		current?.customisationIds
	);
	fields.processStepIds = keep(
		'processSteps',
		() => resolveSteps(row, ctx, fields.processId as string | null),
		current?.processStepIds
	);
	if (row.has('steps')) {
		const { steps, badLine } = parseSteps(row.cell('steps'));
		if (badLine !== null) row.fail('steps', 'txlsx.error.stepsFormat', { n: badLine });
		fields.steps = steps;
	} else fields.steps = current?.steps.map((s) => ({ action: s.action, expected: s.expected })) ?? [];
	return fields;
}

/** Schema errors, each under the column holding the field (a cell already refused is not repeated). */
function schemaErrors(row: Row, fields: Record<string, string>) {
	const failed = new Set(row.errors.map((e) => e.column));
	for (const [path, message] of Object.entries(fields)) {
		const key = COLUMN_OF_FIELD[path.split('.')[0]] ?? null;
		if (!key || !failed.has(row.label(key))) row.failText(key && row.has(key) ? key : null, message);
	}
}

const sameList = (a: readonly string[], b: readonly string[]) =>
	a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** What an existing case's row changes: only the fields that differ, steps keeping their ids by position. */
function changesOf(data: CreateTestCaseInput, stored: StoredCase): Partial<UpdateTestCaseInput> {
	const out: Partial<UpdateTestCaseInput> = {};
	if (data.title !== stored.title) out.title = data.title;
	if (data.processId !== stored.processId) out.processId = data.processId;
	if (data.priority !== stored.priority) out.priority = data.priority;
	if (data.preconditions !== stored.preconditions) out.preconditions = data.preconditions;
	if (data.testData !== stored.testData) out.testData = data.testData;
	if (!sameList(data.requirementIds, stored.requirementIds)) out.requirementIds = data.requirementIds;
	if (!sameList(data.customisationIds, stored.customisationIds)) out.customisationIds = data.customisationIds;
	// Moving to another process names its steps too (the update service would otherwise drop the old ones).
	if (!sameList(data.processStepIds, stored.processStepIds) || out.processId !== undefined)
		out.processStepIds = data.processStepIds;
	const stepsSame =
		data.steps.length === stored.steps.length &&
		data.steps.every(
			(s, i) => s.action === stored.steps[i].action && s.expected === stored.steps[i].expected
		);
	// A reworded step keeps its place and id, so the runs that ran it still point at it.
	if (!stepsSame) out.steps = data.steps.map((s, i) => ({ ...s, id: stored.steps[i]?.id ?? null }));
	return out;
}

function planRow(row: Row, ctx: CaseImportContext, plan: CaseImportPlan, stored: StoredCase | null) {
	const fields = readRow(row, ctx, stored);
	const v = validate(createTestCaseSchema, fields, ctx.locale);
	if (!v.ok) return schemaErrors(row, v.fields);
	if (row.errors.length) return;
	if (!stored) return plan.creates.push({ sheet: row.sheet, line: row.line, input: v.data });
	const changes = changesOf(v.data, stored);
	if (!Object.keys(changes).length) return plan.unchanged++;
	const versionText = cellText(row.cell('version'));
	if (!versionText)
		return row.fail('version', 'txlsx.error.versionMissing', { code: caseCode(stored.number) });
	if (Number(versionText) !== stored.version)
		return row.fail('version', 'txlsx.error.versionChanged', {
			code: caseCode(stored.number),
			file: versionText,
			current: stored.version
		});
	const u = validate(updateTestCaseSchema, { version: stored.version, ...changes }, ctx.locale);
	if (!u.ok) return schemaErrors(row, u.fields);
	plan.updates.push({
		sheet: row.sheet,
		line: row.line,
		id: stored.id,
		code: caseCode(stored.number),
		input: u.data
	});
}

/** A row's errors in the order of the columns (a whole-row error first). */
function columnOrder(locale: Locale) {
	const labels = CASE_COLUMNS.map((c) => translate(locale, c.label));
	return (column: string | null) => (column === null ? -1 : labels.indexOf(column));
}

/** The sheets holding cases: those whose header names the 标题 column (a 说明 or a sheet of one's own is skipped). */
export function caseSheets(sheets: readonly ReadSheet[]) {
	return sheets.flatMap((sheet) => {
		const [header, ...rows] = sheet.rows;
		if (!header) return [];
		const columns = new Map<CaseColumnKey, number>();
		header.cells.forEach((cell, i) => {
			const key = caseColumnOf(cell);
			if (key && !columns.has(key)) columns.set(key, i);
		});
		return columns.has('title') ? [{ name: sheet.name, columns, rows }] : [];
	});
}

/**
 * What importing these sheets would do: the cases to create (rows without 用例编号), the cases to update (rows
 * whose 用例编号 is the project's and whose values differ, over the version exported), and every bad row with
 * its line, column and reason. A column left out of the sheet keeps what is stored.
 */
export function planCaseImport(sheets: readonly ReadSheet[], ctx: CaseImportContext): CaseImportPlan {
	const plan: CaseImportPlan = { creates: [], updates: [], unchanged: 0, rows: 0, errors: [] };
	const seen = new Map<number, number>();
	const order = columnOrder(ctx.locale);
	for (const sheet of caseSheets(sheets)) {
		for (const r of sheet.rows) {
			plan.rows++;
			const row = new Row(sheet.name, r.line, r.cells, sheet.columns, ctx.locale);
			const code = cellText(row.cell('code'));
			if (!code) planRow(row, ctx, plan, null);
			else {
				const n = caseNumberOfCode(code);
				const stored = n === null ? undefined : ctx.cases.get(n);
				if (n === null) row.fail('code', 'txlsx.error.badCode', { value: code, example: caseCode(1) });
				else if (seen.has(n))
					row.fail('code', 'txlsx.error.duplicate', { value: caseCode(n), line: seen.get(n)! });
				else if (!stored) row.fail('code', 'txlsx.error.unknownCase', { value: caseCode(n) });
				else planRow(row, ctx, plan, stored);
				if (n !== null && !seen.has(n)) seen.set(n, r.line);
			}
			plan.errors.push(...row.errors.sort((a, b) => order(a.column) - order(b.column)));
		}
	}
	return plan;
}
