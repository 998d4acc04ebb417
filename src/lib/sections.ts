import { failureOf, successOf, type Failure } from './forms';

/** A saved project document as pages receive it. */
export interface StoredDoc<T> {
	content: T;
	version: number;
	updatedAt: string | null;
}

/**
 * Pages with several forms: each form posts a hidden `section`, so a result lands beside the form that
 * caused it, and after a version conflict that form shows the document as it is now.
 */
export function sectionsOf(form: unknown) {
	const failure = failureOf(form);
	const section = failure
		? String(failure.values.section ?? '')
		: form && typeof form === 'object' && 'section' in form
			? String(form.section)
			: null;
	const failureFor = (name: string): Failure | null => (section === name ? failure : null);
	return {
		failureFor,
		successFor: (name: string) => (section === name ? successOf(form) : null),
		latest: <T>(name: string, stored: StoredDoc<T>): StoredDoc<T> =>
			(failureFor(name)?.current as StoredDoc<T> | undefined) ?? stored
	};
}
