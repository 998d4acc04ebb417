import { z } from 'zod';
import { isMessageKey, translate, type Locale, type MessageKey } from '../i18n';

/**
 * Field errors by dotted path (`name`, `customerTiers.1.customerShare`): the same names the form's inputs post
 * and an API client's JSON paths, so each message can be shown beside the exact input it is about.
 */
export type FieldErrors = Record<string, string>;

/**
 * Labels by path pattern, `*` standing for an array index: `customerTiers` names the list,
 * `customerTiers.*.customerShare` a column of its rows, and `options.*` (a label with `{n}`) one item.
 * A top-level field without an entry uses `field.<name>`.
 */
export type FieldLabels = Partial<Record<string, MessageKey>>;

const schemaLabels = new WeakMap<z.ZodType, FieldLabels>();

export function withLabels<S extends z.ZodType>(schema: S, labels: FieldLabels): S {
	schemaLabels.set(schema, labels);
	return schema;
}

export function labelsOf(schema: z.ZodType): FieldLabels {
	return schemaLabels.get(schema) ?? {};
}

export type Validated<T> = { ok: true; data: T } | { ok: false; fields: FieldErrors };

/** Field errors name the field (by its translated label, row included) and carry the rule's localised message. */
export function validate<S extends z.ZodType>(
	schema: S,
	input: unknown,
	locale: Locale,
	labels: FieldLabels = labelsOf(schema),
	/** Maps a path into the parsed input back to the form's input names (rows a form dropped as blank). */
	toFormPath: (path: (string | number)[]) => (string | number)[] = (path) => path
): Validated<z.output<S>> {
	const result = schema.safeParse(input);
	if (result.success) return { ok: true, data: result.data };
	const fields: FieldErrors = {};
	for (const issue of result.error.issues) {
		const path = toFormPath(issue.path.map((p) => (typeof p === 'symbol' ? String(p.description) : p)));
		const key = path.length ? path.join('.') : '_';
		if (fields[key]) continue;
		fields[key] = issueMessage(issue, locale, fieldLabel(path, locale, labels));
	}
	return { ok: false, fields };
}

/** The catalogue key naming one path segment pattern, or null when the catalogue has none. */
function labelKey(pattern: string, labels: FieldLabels): MessageKey | null {
	const own = labels[pattern];
	if (own) return own;
	const fallback = `field.${pattern}`;
	return !pattern.includes('.') && isMessageKey(fallback) ? fallback : null;
}

/**
 * The catalogue keys a path's label is built from, outermost first, each with the row number it stands for
 * (`{key, n}`), or null when some part has no label: a message must never show a raw field name.
 */
export function labelParts(
	path: readonly (string | number)[],
	labels: FieldLabels
): { key: MessageKey; n?: number; row?: MessageKey }[] | null {
	const parts: { key: MessageKey; n?: number; row?: MessageKey }[] = [];
	let pattern = '';
	for (let i = 0; i < path.length; i++) {
		const segment = path[i];
		if (typeof segment === 'number' || /^\d+$/.test(String(segment))) return null; // an index with no list
		pattern = pattern ? `${pattern}.${segment}` : String(segment);
		const next = path[i + 1];
		const index = typeof next === 'number' ? next : /^\d+$/.test(String(next ?? '')) ? Number(next) : null;
		if (index === null) {
			const key = labelKey(pattern, labels);
			if (!key) return null;
			parts.push({ key });
			continue;
		}
		const item = labels[`${pattern}.*`];
		if (item) parts.push({ key: item, n: index + 1 });
		else {
			const list = labelKey(pattern, labels);
			if (!list) return null;
			parts.push({ key: list, n: index + 1, row: 'validation.row' });
		}
		pattern = `${pattern}.*`;
		i++;
	}
	return parts.length ? parts : null;
}

/** The field's visible label, so a message names the field in the user's language ("客户分级第 2 行的…"). */
export function fieldLabel(path: readonly (string | number)[], locale: Locale, labels: FieldLabels): string {
	const parts = labelParts(path, labels);
	if (!parts) return translate(locale, 'validation.thisField');
	const words = parts.map((p) =>
		p.row
			? translate(locale, p.row, { list: translate(locale, p.key), n: p.n ?? 0 })
			: translate(locale, p.key, p.n === undefined ? undefined : { n: p.n })
	);
	const field = words.pop() as string;
	if (!words.length) return field;
	const where = words.join(translate(locale, 'validation.contextSeparator'));
	return translate(locale, 'validation.inContext', { field, where });
}

function issueMessage(issue: z.core.$ZodIssue, locale: Locale, field: string): string {
	const params: Record<string, string | number> = { field };
	if ('minimum' in issue) params.min = Number(issue.minimum);
	if ('maximum' in issue) params.max = Number(issue.maximum);
	// Schemas name their own message keys; anything else (a wrong type from an API client) gets a generic one.
	const key: MessageKey = isMessageKey(issue.message)
		? issue.message
		: issue.code === 'invalid_type' && issue.input === undefined
			? 'validation.required'
			: 'validation.invalid';
	return translate(locale, key, params);
}

/** Turns FormData into a plain object; fields listed in `multi` become arrays (checkbox groups). */
export function formToObject(form: FormData, multi: readonly string[] = []): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const key of new Set(form.keys())) {
		if (multi.includes(key)) out[key] = form.getAll(key).map(String);
		else {
			const value = form.get(key);
			out[key] = typeof value === 'string' ? value : value;
		}
	}
	for (const key of multi) out[key] ??= [];
	return out;
}

/** Echoes what the user typed back to the form, never passwords. */
export function echo(input: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(input)) if (!/password/i.test(k) && !(v instanceof File)) out[k] = v;
	return out;
}
