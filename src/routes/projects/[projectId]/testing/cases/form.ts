import { echoedRows, type Failure } from '$lib/forms';

/** The rows and ticks a refused case form echoes back, or null when there is nothing to echo. */
export function echoedCase(failure: Failure | null) {
	if (!failure) return null;
	const list = (name: string) => {
		const v = failure.values[name];
		return Array.isArray(v) ? v.map(String) : [];
	};
	return {
		// Rows with no text were blank spares (or cleared steps): the form adds its own spares again.
		steps: echoedRows(failure.values, 'steps', ['id', 'order', 'action', 'expected']).filter(
			(r) => (r.action ?? '').trim() !== '' || (r.expected ?? '').trim() !== ''
		),
		chosen: {
			requirementIds: list('requirementIds'),
			processStepIds: list('processStepIds'),
			customisationIds: list('customisationIds')
		}
	};
}
