import { formatList, translate, type Locale, type MessageKey, type MessageParams } from '../i18n';
import {
	createRegisterItemSchema,
	updateRegisterItemSchema,
	type CreateRegisterItemInput,
	type UpdateRegisterItemInput
} from '../schemas/register';
import { validate } from '../schemas/validate';
import {
	cellDate,
	cellFlag,
	cellText,
	findOwner,
	severityVocabulary,
	sideVocabulary,
	statusVocabulary,
	type CellValue,
	type MemberRef
} from './xlsx-cells';
import {
	ALL_COLUMNS,
	columnOfHeader,
	sheetColumns,
	typeOfName,
	type ColumnDef,
	type ColumnKey
} from './xlsx-columns';
import {
	canTransition,
	initialStatus,
	needsResolution,
	parseItemNumber,
	formatItemNumber,
	SYSTEM_TRANSITIONS,
	TRANSITIONS,
	type RegisterStatus,
	type RegisterType
} from './types';
import type { RegisterItemView } from './views';

export type { CellValue };

/** One sheet as the reading worker returns it: rows with their spreadsheet line numbers, blank rows left out. */
export interface ReadSheet {
	name: string;
	rows: { line: number; cells: CellValue[] }[];
}

/** A row the import refuses: where it is (sheet, spreadsheet line), which column, and why, in the reader's language. */
export interface RowError {
	sheet: string;
	line: number;
	column: string | null;
	message: string;
}

export interface ImportContext {
	/** The project's items by number. */
	items: ReadonlyMap<string, RegisterItemView>;
	members: readonly MemberRef[];
	/** Today in the project's time zone: the day a new item without a 登记日期 is raised. */
	today: string;
	locale: Locale;
}

export interface PlannedCreate {
	sheet: string;
	line: number;
	input: CreateRegisterItemInput;
	status: RegisterStatus;
	raisedOn: string;
}

export interface PlannedUpdate {
	sheet: string;
	line: number;
	id: string;
	code: string;
	input: UpdateRegisterItemInput;
}

export interface ImportPlan {
	creates: PlannedCreate[];
	updates: PlannedUpdate[];
	/** Rows of existing items that match what is stored: nothing to write. */
	unchanged: number;
	errors: RowError[];
}

/** Schema field → the column that holds it. */
const COLUMN_OF_FIELD: Record<string, ColumnKey> = { ownerMemberId: 'owner' };

/** The statuses a person can reach by hand from a type's first status: where a new item may start. */
function reachableByHand(type: RegisterType): Set<string> {
	const seen = new Set<string>([initialStatus(type)]);
	const queue = [...seen];
	while (queue.length) {
		const from = queue.shift()!;
		for (const to of (TRANSITIONS[type] as Record<string, readonly string[]>)[from] ?? [])
			if (!seen.has(to)) {
				seen.add(to);
				queue.push(to);
			}
	}
	return seen;
}

/** Fields whose cell is plain text. */
const TEXT_FIELDS = new Set<ColumnKey>([
	'title',
	'description',
	'trigger',
	'mitigation',
	'contingency',
	'resolution',
	'whatChanges',
	'reason',
	'scopeImpact',
	'costImpact',
	'raciImpact',
	'decision',
	'alternatives',
	'decidedBy'
]);

class Row {
	readonly errors: RowError[] = [];
	constructor(
		readonly sheet: string,
		readonly line: number,
		private readonly cells: CellValue[],
		private readonly columns: Map<ColumnKey, { index: number; def: ColumnDef }>,
		private readonly locale: Locale
	) {}

	has(key: ColumnKey) {
		return this.columns.has(key);
	}
	cell(key: ColumnKey): CellValue | undefined {
		const c = this.columns.get(key);
		return c ? (this.cells[c.index] ?? null) : undefined;
	}
	label(key: ColumnKey) {
		const def = this.columns.get(key)?.def ?? ALL_COLUMNS.find((c) => c.key === key)!;
		return translate(this.locale, def.label);
	}
	fail(key: ColumnKey | null, message: MessageKey, params: MessageParams = {}) {
		const column = key ? this.label(key) : null;
		this.errors.push({
			sheet: this.sheet,
			line: this.line,
			column,
			message: translate(this.locale, message, { column: column ?? '', ...params })
		});
	}
	failText(key: ColumnKey | null, message: string) {
		this.errors.push({ sheet: this.sheet, line: this.line, column: key ? this.label(key) : null, message });
	}
}

/** The flat field values a row gives for its type (only the columns the sheet has), before validation. */
function readFields(row: Row, type: RegisterType, ctx: ImportContext, current: RegisterItemView | null) {
	const fields: Record<string, unknown> = {};
	const options = (labels: string[]) => formatList(ctx.locale, labels);
	for (const def of sheetColumns(type)) {
		const key = def.key;
		if (!row.has(key) || def.computed || key === 'number' || key === 'version') continue;
		const v = row.cell(key);
		if (TEXT_FIELDS.has(key)) fields[key] = cellText(v);
		else if (key === 'status') {
			if (!cellText(v)) continue;
			const vocab = statusVocabulary(type);
			const status = vocab.read(v);
			if (status) fields.status = status;
			else
				row.fail(key, 'raidXlsx.badChoice', {
					value: cellText(v),
					options: options(vocab.labels(ctx.locale))
				});
		} else if (key === 'ownerSide' || key === 'requestedBySide') {
			const side = sideVocabulary.read(v);
			if (side) fields[key] = side;
			else if (cellText(v) || key === 'ownerSide')
				row.fail(key, cellText(v) ? 'raidXlsx.badChoice' : 'raidXlsx.required', {
					value: cellText(v),
					options: options(sideVocabulary.labels(ctx.locale))
				});
		} else if (key === 'severity') {
			const severity = severityVocabulary.read(v);
			if (severity || !cellText(v)) fields.severity = severity;
			else
				row.fail(key, 'raidXlsx.badChoice', {
					value: cellText(v),
					options: options(severityVocabulary.labels(ctx.locale))
				});
		} else if (key === 'blocking') {
			const flag = cellFlag(v);
			if (flag === null)
				row.fail(key, 'raidXlsx.badChoice', {
					value: cellText(v),
					options: options([translate(ctx.locale, 'raidXlsx.yes'), translate(ctx.locale, 'raidXlsx.no')])
				});
			else fields.blocking = flag;
		} else if (key === 'owner') {
			// The owner as exported: the current owner's name reads back as that owner, even if a namesake joined.
			if (current && current.ownerName && cellText(v) === current.ownerName) {
				fields.ownerMemberId = current.ownerMemberId;
				continue;
			}
			const owner = findOwner(ctx.members, v);
			if (owner === 'unknown') row.fail(key, 'raidXlsx.ownerUnknown', { value: cellText(v) });
			else if (owner === 'ambiguous') row.fail(key, 'raidXlsx.ownerAmbiguous', { value: cellText(v) });
			else fields.ownerMemberId = owner.id;
		} else if (key === 'dueDate' || key === 'decidedOn' || key === 'raisedOn') {
			const day = cellDate(v);
			if (day === null) row.fail(key, 'raidXlsx.badDate', { value: cellText(v) });
			else fields[key] = day || null;
		} else if (key === 'probability' || key === 'impact' || key === 'scheduleDays') {
			const text = cellText(v);
			fields[key] = typeof v === 'number' ? v : text === '' ? (key === 'scheduleDays' ? 0 : null) : text;
		}
	}
	return fields;
}

/** Field errors of a schema, each under the column that holds the field. */
function schemaErrors(row: Row, fields: Record<string, string>) {
	const failed = new Set(row.errors.map((e) => e.column));
	for (const [field, message] of Object.entries(fields)) {
		const key = (COLUMN_OF_FIELD[field] ?? field) as ColumnKey;
		// A cell already refused (an unknown label, say) was left out, so the schema would only repeat it.
		if (!failed.has(row.label(key))) row.failText(row.has(key) ? key : null, message);
	}
}

/** Checks that need the item as a whole: a risk's scale, the due date, an issue's resolution. */
function checkWhole(
	row: Row,
	type: RegisterType,
	status: string,
	v: {
		probability: number | null;
		impact: number | null;
		dueDate: string | null;
		raisedOn: string;
		resolution: string;
	}
) {
	if (type === 'risk' && (!v.probability || !v.impact))
		row.fail(v.probability ? 'impact' : 'probability', 'raid.error.riskScale');
	if (v.dueDate && v.dueDate < v.raisedOn)
		row.fail('dueDate', 'raid.error.dueBeforeRaised', { raisedOn: v.raisedOn });
	if (needsResolution(type, status) && !v.resolution.trim())
		row.fail(row.has('resolution') ? 'resolution' : 'status', 'raid.error.resolutionRequired');
}

function planCreate(row: Row, type: RegisterType, ctx: ImportContext, plan: ImportPlan) {
	const fields = readFields(row, type, ctx, null);
	const { status: statusField, raisedOn: raisedField, ...rest } = fields;
	// Every column at fault in the row is listed, not only the first one found.
	const v = validate(createRegisterItemSchema, { type, ...rest }, ctx.locale);
	if (!v.ok) return schemaErrors(row, v.fields);
	if (row.errors.length) return;
	const status = (statusField as RegisterStatus | undefined) ?? initialStatus(type);
	if (!reachableByHand(type).has(status))
		return row.fail('status', 'raidXlsx.newStatus', {
			value: translate(ctx.locale, `raid.status.${status}`)
		});
	const raisedOn = (raisedField as string | null | undefined) ?? ctx.today;
	if (raisedOn > ctx.today) return row.fail('raisedOn', 'raidXlsx.raisedInFuture', { today: ctx.today });
	checkWhole(row, type, status, { ...v.data, raisedOn, resolution: v.data.resolution });
	if (!row.errors.length)
		plan.creates.push({ sheet: row.sheet, line: row.line, input: v.data, status, raisedOn });
}

/** The stored value of a field, for comparing with the file. */
function storedValue(item: RegisterItemView, field: string): unknown {
	if (field in item.details) return (item.details as Record<string, unknown>)[field];
	return (item as unknown as Record<string, unknown>)[field];
}

function planUpdate(row: Row, item: RegisterItemView, ctx: ImportContext, plan: ImportPlan) {
	const type = item.type;
	const fields = readFields(row, type, ctx, item);
	delete fields.raisedOn; // the day an item was raised is part of its record, not an edit
	if (row.errors.length) return;
	const version = Number(cellText(row.cell('version')));
	if (!row.has('version') || !cellText(row.cell('version')))
		return row.fail('version', 'raidXlsx.versionMissing');
	if (version !== item.version)
		return row.fail('version', 'raidXlsx.versionChanged', {
			file: cellText(row.cell('version')),
			current: item.version
		});
	const v = validate(updateRegisterItemSchema, { version, ...fields }, ctx.locale);
	if (!v.ok) return schemaErrors(row, v.fields);
	const changes: Record<string, unknown> = {};
	for (const [field, value] of Object.entries(v.data))
		if (field !== 'version' && value !== undefined && value !== storedValue(item, field))
			changes[field] = value;
	if (!Object.keys(changes).length) {
		plan.unchanged++;
		return;
	}
	const status = (changes.status as RegisterStatus | undefined) ?? item.status;
	if (status !== item.status) {
		// A status only sign-off or applyChange sets (a change's 审批中 / 已批准 / 已驳回 / 已实施) is never imported.
		const system = Object.values(SYSTEM_TRANSITIONS[type] ?? {}).some((to) => to.includes(status));
		if (system || !canTransition(type, item.status, status))
			return row.fail('status', system ? 'raid.error.systemStatus' : 'raidXlsx.transition', {
				from: translate(ctx.locale, `raid.status.${item.status}`),
				to: translate(ctx.locale, `raid.status.${status}`)
			});
	}
	const merged = { ...item, ...changes } as RegisterItemView;
	checkWhole(row, type, status, { ...merged, raisedOn: item.raisedOn });
	if (!row.errors.length)
		plan.updates.push({
			sheet: row.sheet,
			line: row.line,
			id: item.id,
			code: item.code,
			input: { version, ...changes } as UpdateRegisterItemInput
		});
}

/**
 * What importing these sheets would do: the items to create, the items to update (only those whose version
 * matches and whose values differ), and every bad row with its reason. Writes nothing; the service writes the
 * plan only when `errors` is empty.
 */
export function planImport(sheets: readonly ReadSheet[], ctx: ImportContext): ImportPlan {
	const plan: ImportPlan = { creates: [], updates: [], unchanged: 0, errors: [] };
	const seen = new Map<string, { sheet: string; line: number }>();
	for (const sheet of sheets) {
		const [header, ...rows] = sheet.rows;
		if (!header) continue;
		const columns = new Map<ColumnKey, { index: number; def: ColumnDef }>();
		header.cells.forEach((cell, index) => {
			const def = columnOfHeader(cell);
			if (def && !columns.has(def.key)) columns.set(def.key, { index, def });
		});
		// A sheet of the user's own (notes, a pivot) names none of our columns: it is not part of the register.
		if (!columns.size) continue;
		const sheetType = typeOfName(sheet.name);
		const headerRow = new Row(sheet.name, header.line, header.cells, columns, ctx.locale);
		if (!sheetType && !columns.has('type'))
			headerRow.fail(null, 'raidXlsx.unknownSheet', { sheet: sheet.name });
		else if (!columns.has('title'))
			headerRow.fail(null, 'raidXlsx.missingColumn', { name: translate(ctx.locale, 'raid.field.title') });
		if (headerRow.errors.length) {
			plan.errors.push(...headerRow.errors);
			continue;
		}
		for (const r of rows) {
			const row = new Row(sheet.name, r.line, r.cells, columns, ctx.locale);
			const type = sheetType ?? typeOfName(cellText(row.cell('type')));
			const code = cellText(row.cell('number'));
			if (!type) row.fail('type', 'raidXlsx.badType', { value: cellText(row.cell('type')) });
			else if (!code) planCreate(row, type, ctx, plan);
			else {
				const parsed = parseItemNumber(code);
				const normal = parsed ? formatItemNumber(parsed.type, parsed.number) : code;
				const first = seen.get(normal);
				if (!parsed || parsed.type !== type)
					row.fail('number', 'raidXlsx.badNumber', { value: code, example: formatItemNumber(type, 1) });
				else if (first) row.fail('number', 'raidXlsx.duplicateNumber', { value: normal, ...first });
				else {
					seen.set(normal, { sheet: sheet.name, line: r.line });
					const item = ctx.items.get(normal);
					if (!item) row.fail('number', 'raidXlsx.unknownNumber', { value: normal });
					else planUpdate(row, item, ctx, plan);
				}
			}
			plan.errors.push(...row.errors);
		}
	}
	return plan;
}
