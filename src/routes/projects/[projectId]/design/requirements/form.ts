/** A requirement form's fields as the schema reads them: the pickers' empty choice ("none") is null. */
export function requirementValues(values: Record<string, unknown>) {
	const none = (v: unknown) => (v === '' ? null : v);
	return { ...values, processId: none(values.processId), stepId: none(values.stepId), fit: none(values.fit) };
}
