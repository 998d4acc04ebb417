/** What a refused form action returns (see server/forms.ts), as the page sees it. */
export interface Failure {
	message: string;
	fields: Record<string, string>;
	values: Record<string, unknown>;
	current?: unknown;
	memberId?: string;
}

// ActionData is a union of every action's result; these pick out the two shapes pages render.
export function failureOf(form: unknown): Failure | null {
	return form && typeof form === 'object' && typeof (form as Failure).message === 'string' && 'fields' in form
		? (form as Failure)
		: null;
}

export function successOf(form: unknown): string | null {
	const success = form && typeof form === 'object' ? (form as { success?: unknown }).success : null;
	return typeof success === 'string' ? success : null;
}
