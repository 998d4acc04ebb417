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

/**
 * The error for one input: its own (`customerTiers.1.customerShare`), or for an input that stands for a whole
 * list (a checkbox group, a one-per-line textarea) the first error inside it (`roles.0`, `hypotheses.3`).
 */
export function errorAt(fields: Record<string, string> | null | undefined, name: string): string | undefined {
	if (!fields) return undefined;
	if (fields[name]) return fields[name];
	const inside = Object.keys(fields).find((key) => key.startsWith(`${name}.`));
	return inside ? fields[inside] : undefined;
}

/** The DOM id of an input posted as `name` (dots and brackets are awkward in CSS selectors). */
export function inputId(name: string): string {
	return `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/**
 * Rows as the person typed them (`prefix.N.column` in a refused form's echoed values), each at its own N, so
 * the form shows their input again and an error keyed `prefix.N.column` lands on the same input.
 */
export function echoedRows(
	values: Record<string, unknown>,
	prefix: string,
	columns: readonly string[]
): Record<string, string>[] {
	const rows: Record<string, string>[] = [];
	const pattern = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.(\\d+)\\.(\\w+)$`);
	for (const [key, value] of Object.entries(values)) {
		const m = pattern.exec(key);
		if (!m || !columns.includes(m[2]) || Number(m[1]) > 200) continue;
		const i = Number(m[1]);
		for (let r = rows.length; r <= i; r++) rows.push({});
		rows[i][m[2]] = String(value ?? '');
	}
	// Trailing blank rows were the form's spares; it adds its own again.
	while (rows.length && !Object.values(rows[rows.length - 1]).some((v) => v.trim() !== '')) rows.pop();
	return rows;
}

/**
 * After a refused submit the first input marked invalid takes the focus, so the person starts at the problem
 * (its message is tied to it with aria-describedby and is read out with it). Radios cannot carry aria-invalid,
 * so a radio group marks itself with data-invalid. Called from effects; idempotent.
 */
export function focusFirstInvalid(): void {
	const first = document.querySelector<HTMLElement>(
		'[aria-invalid="true"]:not([disabled]), [data-invalid]:not([disabled])'
	);
	if (first && document.activeElement !== first) first.focus();
}
