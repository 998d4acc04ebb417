import { LOCALES, translate, type Locale, type MessageKey } from '../i18n';
import { REGISTER_TYPES, type RegisterType } from './types';
import type { RegisterItemView } from './views';

/** How a column's cells are written: dates as real Excel dates, whole numbers as numbers, the rest as text. */
export type ColumnKind = 'text' | 'date' | 'int';

export type ColumnKey =
	| 'type'
	| 'number'
	| 'title'
	| 'description'
	| 'status'
	| 'ownerSide'
	| 'owner'
	| 'dueDate'
	| 'probability'
	| 'impact'
	| 'score'
	| 'trigger'
	| 'mitigation'
	| 'contingency'
	| 'severity'
	| 'blocking'
	| 'resolution'
	| 'whatChanges'
	| 'reason'
	| 'requestedBySide'
	| 'scopeImpact'
	| 'scheduleDays'
	| 'costImpact'
	| 'raciImpact'
	| 'decision'
	| 'alternatives'
	| 'decidedBy'
	| 'decidedOn'
	| 'origin'
	| 'raisedOn'
	| 'version';

export interface ColumnDef {
	key: ColumnKey;
	label: MessageKey;
	kind: ColumnKind;
	/** Excel column width in characters. */
	width: number;
	/** Written for the reader; an import ignores it (the score is computed, the origin is the system's). */
	computed?: boolean;
}

const col = (key: ColumnKey, label: MessageKey, kind: ColumnKind, width: number, computed = false) => ({
	key,
	label,
	kind,
	width,
	...(computed ? { computed } : {})
});

const HEAD: ColumnDef[] = [
	col('number', 'raid.field.number', 'text', 9),
	col('title', 'raid.field.title', 'text', 36),
	col('description', 'raid.field.description', 'text', 48),
	col('status', 'raid.field.status', 'text', 10),
	col('ownerSide', 'raid.field.ownerSide', 'text', 8),
	col('owner', 'raid.field.owner', 'text', 14),
	col('dueDate', 'raid.field.dueDate', 'date', 12)
];

const OWN: Record<RegisterType, ColumnDef[]> = {
	risk: [
		col('probability', 'raid.field.probability', 'int', 10),
		col('impact', 'raid.field.impact', 'int', 10),
		col('score', 'raid.field.score', 'int', 8, true),
		col('trigger', 'raid.field.trigger', 'text', 30),
		col('mitigation', 'raid.field.mitigation', 'text', 36),
		col('contingency', 'raid.field.contingency', 'text', 30)
	],
	issue: [
		col('severity', 'raid.field.severity', 'text', 10),
		col('blocking', 'raid.field.blocking', 'text', 10),
		col('resolution', 'raid.field.resolution', 'text', 36)
	],
	change: [
		col('whatChanges', 'raid.field.whatChanges', 'text', 36),
		col('reason', 'raid.field.reason', 'text', 30),
		col('requestedBySide', 'raid.field.requestedBySide', 'text', 8),
		col('scopeImpact', 'raid.field.scopeImpact', 'text', 30),
		col('scheduleDays', 'raid.field.scheduleDays', 'int', 12),
		col('costImpact', 'raid.field.costImpact', 'text', 16),
		col('raciImpact', 'raid.field.raciImpact', 'text', 30)
	],
	decision: [
		col('decision', 'raid.field.decision', 'text', 36),
		col('alternatives', 'raid.field.alternatives', 'text', 30),
		col('decidedBy', 'raid.field.decidedBy', 'text', 12),
		col('decidedOn', 'raid.field.decidedOn', 'date', 12)
	],
	action: []
};

const TAIL: ColumnDef[] = [
	col('origin', 'raid.field.origin', 'text', 16, true),
	col('raisedOn', 'raid.field.raisedOn', 'date', 12),
	col('version', 'field.version', 'int', 6)
];

/** A type's sheet, column by column: common fields, the type's own, then origin, raised on and version. */
export function sheetColumns(type: RegisterType): ColumnDef[] {
	return [...HEAD, ...OWN[type], ...TAIL];
}

/** The type column a CSV file carries instead of one sheet per type. */
export const TYPE_COLUMN: ColumnDef = col('type', 'raid.field.type', 'text', 8);

/** Every column any sheet has, and the CSV's type column: what a header may name. */
export const ALL_COLUMNS: ColumnDef[] = [
	TYPE_COLUMN,
	...HEAD,
	...REGISTER_TYPES.flatMap((t) => OWN[t]),
	...TAIL
];

/** Case, spaces and a trailing note in brackets do not matter: "可能性" and "Probability" name 可能性（1–5）. */
export function normaliseHeader(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[(（][^)）]*[)）]\s*$/, '')
		.replace(/[\s_\-:：*]/g, '');
}

/** Short names PMs' own RAID logs use for the same columns. */
const ALIASES: Partial<Record<ColumnKey, string[]>> = {
	owner: ['责任人'],
	blocking: ['阻塞', 'blocking'],
	reason: ['原因', 'reason'],
	scopeImpact: ['范围影响', 'scope impact'],
	scheduleDays: ['进度影响', 'schedule impact'],
	costImpact: ['成本影响', 'cost impact'],
	raciImpact: ['RACI 影响', 'RACI impact'],
	alternatives: ['其他方案', 'alternatives']
};

const headerIndex = new Map<string, ColumnDef>();
for (const c of ALL_COLUMNS) {
	const names = [c.key, ...(ALIASES[c.key] ?? []), ...LOCALES.map((l) => translate(l, c.label))];
	for (const name of names) headerIndex.set(normaliseHeader(name), c);
}

/** The column a header names, in Chinese or English; null for a column of the user's own (ignored). */
export function columnOfHeader(header: unknown): ColumnDef | null {
	return typeof header === 'string' || typeof header === 'number'
		? (headerIndex.get(normaliseHeader(String(header))) ?? null)
		: null;
}

/** A sheet's name: the type's name in the reader's language (风险 / Risk). */
export function sheetName(type: RegisterType, locale: Locale): string {
	return translate(locale, `raid.type.${type}`);
}

const typeIndex = new Map<string, RegisterType>();
for (const t of REGISTER_TYPES) {
	typeIndex.set(t, t);
	for (const locale of LOCALES) {
		const name = normaliseHeader(translate(locale, `raid.type.${t}`));
		typeIndex.set(name, t);
		typeIndex.set(`${name}s`, t);
		typeIndex.set(`${name}登记册`, t);
	}
}
typeIndex.set('changes', 'change');

/** The type a sheet name or a type cell names, in either language ("风险", "Risks", "risk"); null if none. */
export function typeOfName(name: unknown): RegisterType | null {
	return typeof name === 'string' ? (typeIndex.get(normaliseHeader(name)) ?? null) : null;
}

type Cell = string | number | null;

/** One item's cells for its sheet, in the reader's language; dates stay YYYY-MM-DD for the writer to convert. */
export function itemCells(item: RegisterItemView, locale: Locale): Cell[] {
	const t = (key: MessageKey) => translate(locale, key);
	const d = item.details;
	const value: Record<ColumnKey, Cell> = {
		type: t(`raid.type.${item.type}`),
		number: item.code,
		title: item.title,
		description: item.description,
		status: t(`raid.status.${item.status}`),
		ownerSide: t(`label.ownerSide.${item.ownerSide}`),
		owner: item.ownerName,
		dueDate: item.dueDate,
		probability: item.probability,
		impact: item.impact,
		score: item.score,
		trigger: d.trigger ?? '',
		mitigation: d.mitigation ?? '',
		contingency: d.contingency ?? '',
		severity: item.severity ? t(`raid.severity.${item.severity}`) : null,
		blocking: t(item.blocking ? 'raidXlsx.yes' : 'raidXlsx.no'),
		resolution: item.resolution,
		whatChanges: d.whatChanges ?? '',
		reason: d.reason ?? '',
		requestedBySide: d.requestedBySide ? t(`label.ownerSide.${d.requestedBySide}`) : null,
		scopeImpact: d.scopeImpact ?? '',
		scheduleDays: d.scheduleDays ?? null,
		costImpact: d.costImpact ?? '',
		raciImpact: d.raciImpact ?? '',
		decision: d.decision ?? '',
		alternatives: d.alternatives ?? '',
		decidedBy: d.decidedBy ?? '',
		decidedOn: d.decidedOn ?? null,
		origin: t(`raid.origin.${item.origin}`),
		raisedOn: item.raisedOn,
		version: item.version
	};
	return sheetColumns(item.type).map((c) => value[c.key]);
}

export interface SheetSpec {
	name: string;
	columns: { header: string; kind: ColumnKind; width: number }[];
	rows: Cell[][];
}

/** The workbook to write: one sheet per type in `types` (all five by default), in register order. */
export function registerSheets(
	items: readonly RegisterItemView[],
	locale: Locale,
	types: readonly RegisterType[] = REGISTER_TYPES
): SheetSpec[] {
	return REGISTER_TYPES.filter((type) => types.includes(type)).map((type) => ({
		name: sheetName(type, locale),
		columns: sheetColumns(type).map((c) => ({
			header: translate(locale, c.label),
			kind: c.kind,
			width: c.width
		})),
		rows: items.filter((i) => i.type === type).map((i) => itemCells(i, locale))
	}));
}
