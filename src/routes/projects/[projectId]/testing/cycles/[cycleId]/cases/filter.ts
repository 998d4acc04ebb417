import { TEST_PRIORITIES, type TestPriority } from '$lib/testing/types';

/** The plan form's narrowing of the unplanned cases (from the URL or the posted form); unknown values are ignored. */
export function planFilter(values: Record<string, unknown>) {
	const id = (v: unknown) => (typeof v === 'string' && v.trim() && v.length <= 64 ? v.trim() : null);
	const priority = values.priority;
	return {
		processId: id(values.process),
		requirementId: id(values.requirement),
		priority: (TEST_PRIORITIES as readonly unknown[]).includes(priority) ? (priority as TestPriority) : null
	};
}
