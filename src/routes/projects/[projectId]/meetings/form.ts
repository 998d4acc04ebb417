import { linesFrom } from '$lib/server/form-rows';

/** A meeting form's fields as the schema reads them: checkboxes as a list, one-per-line textareas as lists. */
export function meetingValues(values: Record<string, unknown>) {
	const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : v ? [String(v)] : []);
	return {
		...values,
		attendeeIds: list(values.attendeeIds),
		guests: linesFrom(values.guests),
		agenda: linesFrom(values.agenda)
	};
}
