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

/** The `section` a form result belongs to (set by panels that share a page with other forms), or null. */
export function sectionOf(form: unknown): string | null {
	if (!form || typeof form !== 'object') return null;
	const direct = (form as { section?: unknown }).section;
	const echoed = (form as { values?: { section?: unknown } }).values?.section;
	const section = direct ?? echoed;
	return typeof section === 'string' ? section : null;
}

/** The form result unless it belongs to another section of the page, which shows it itself. */
export function unlessSection(form: unknown, ...sections: string[]): unknown {
	const section = sectionOf(form);
	return section && sections.includes(section) ? null : form;
}
