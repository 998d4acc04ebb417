import type { PlanEdit } from '$lib/register/plan-edits';

/** The add-edit form's inputs, by kind: only the kind's own fields are posted on to validation. */
const FIELDS: Record<PlanEdit['kind'], readonly string[]> = {
	move: ['taskId', 'start'],
	shift: ['taskId', 'days'],
	duration: ['taskId', 'durationDays'],
	add: ['phaseId', 'parentId', 'name', 'ownerSide', 'durationDays', 'predecessorId', 'start'],
	remove: ['taskId']
};

/** One edit from the add form's flat values (without JavaScript every input is posted, whatever the kind). */
export function editFromForm(values: Record<string, unknown>): Record<string, unknown> {
	const kind = String(values.kind ?? '');
	const fields = FIELDS[kind as PlanEdit['kind']] ?? [];
	return Object.fromEntries([['kind', kind], ...fields.map((f) => [f, values[f]])]);
}

/** Errors at `planEdits.<index>.<field>` land on the add form's own inputs. */
export function errorsAtForm(fields: Record<string, string>, index: number): Record<string, string> {
	const prefix = `planEdits.${index}.`;
	const out: Record<string, string> = {};
	for (const [key, message] of Object.entries(fields))
		out[key.startsWith(prefix) ? key.slice(prefix.length) : key === `planEdits.${index}` ? 'kind' : key] =
			message;
	return out;
}
