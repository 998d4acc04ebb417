import type { RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { formToObject, validate } from '$lib/schemas/validate';
import { formRows, keepRows, toFormPath } from '$lib/server/form-rows';
import { readForm } from '$lib/server/request-body';

export const STEP_COLUMNS = ['id', 'order', 'action', 'expected'] as const;
export const LINK_FIELDS = ['requirementIds', 'processStepIds', 'customisationIds'] as const;

/**
 * A case form as the schema reads it: the process picker's empty choice is null; a step row whose texts are
 * cleared is a deletion; steps are taken in the order their "order" inputs give (ties in form order), and an
 * error on the i-th step is mapped back to the row the person typed it in.
 */
export function caseFormInput(values: Record<string, unknown>) {
	const steps = keepRows(
		formRows(values, 'steps', STEP_COLUMNS),
		(r) => r.action !== '' || r.expected !== ''
	);
	const order = steps.rows
		.map((row, i) => ({ i, n: Number(row.order) }))
		.sort((a, b) => (Number.isFinite(a.n) && Number.isFinite(b.n) ? a.n - b.n : 0) || a.i - b.i)
		.map((x) => x.i);
	const input: Record<string, unknown> = {
		...values,
		processId: values.processId === '' ? null : values.processId,
		steps: order.map((i) => {
			const { id, action, expected } = steps.rows[i];
			return { id: id || null, action, expected };
		})
	};
	return { input, toForm: toFormPath({ steps: order.map((i) => steps.at[i]) }) };
}

/** Reads and validates a case form; `values` is what was typed (echoed back on a refusal). */
export async function readCaseForm<S extends z.ZodType>(event: RequestEvent, schema: S, section: string) {
	const values: Record<string, unknown> = {
		...formToObject(await readForm(event), [...LINK_FIELDS]),
		section
	};
	const { input, toForm } = caseFormInput(values);
	return { values, v: validate(schema, input, event.locals.locale, undefined, toForm) };
}
