import { linesFrom } from '$lib/server/form-rows';

/** A customisation form's fields as the schema reads them: requirement checkboxes as a list, systems one a line. */
export function customisationValues(values: Record<string, unknown>) {
	const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : v ? [String(v)] : []);
	return {
		...values,
		requirementIds: list(values.requirementIds),
		systems: linesFrom(values.systems)
	};
}
