import { z } from 'zod';
import { isMessageKey, translate, type Locale, type MessageKey } from '../i18n';

export type FieldErrors = Record<string, string>;

/** Per-schema label overrides, for fields whose label differs from `field.<name>` (a project's name, say). */
const schemaLabels = new WeakMap<z.ZodType, Partial<Record<string, MessageKey>>>();

export function withLabels<S extends z.ZodType>(schema: S, labels: Partial<Record<string, MessageKey>>): S {
	schemaLabels.set(schema, labels);
	return schema;
}

export type Validated<T> = { ok: true; data: T } | { ok: false; fields: FieldErrors };

/** Field errors name the field (by its translated label) and carry the rule's localised message. */
export function validate<S extends z.ZodType>(
	schema: S,
	input: unknown,
	locale: Locale,
	labels: Partial<Record<string, MessageKey>> = schemaLabels.get(schema) ?? {}
): Validated<z.output<S>> {
	const result = schema.safeParse(input);
	if (result.success) return { ok: true, data: result.data };
	const fields: FieldErrors = {};
	for (const issue of result.error.issues) {
		const field = issue.path.length ? String(issue.path[0]) : '_';
		if (fields[field]) continue;
		fields[field] = issueMessage(issue, locale, fieldLabel(field, locale, labels));
	}
	return { ok: false, fields };
}

/** The field's visible label, so a message names the field in the user's language. */
function fieldLabel(field: string, locale: Locale, labels: Partial<Record<string, MessageKey>>): string {
	const key = labels[field] ?? `field.${field}`;
	return isMessageKey(key) ? translate(locale, key) : field;
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
