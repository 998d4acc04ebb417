/** What a RACI cell may hold: Responsible, Accountable, Consulted, Informed, or A+R (accountable and doing it). */
export const RACI_VALUES = ['R', 'A', 'C', 'I', 'AR'] as const;
export type RaciValue = (typeof RACI_VALUES)[number];

export function isRaciValue(value: unknown): value is RaciValue {
	return typeof value === 'string' && (RACI_VALUES as readonly string[]).includes(value);
}

/** How a value is written on screen and in exports. */
export function raciLabel(value: RaciValue | '' | null | undefined): string {
	return value === 'AR' ? 'A+R' : (value ?? '');
}

/** Accepts what people type or paste: "A+R", "AR", "a/r", "RA" all mean A+R. */
export function parseRaciValue(text: string): RaciValue | '' | null {
	const t = text
		.trim()
		.toUpperCase()
		.replace(/[\s+/&]/g, '');
	if (t === '') return '';
	if (t === 'AR' || t === 'RA') return 'AR';
	return isRaciValue(t) ? t : null;
}

export const isAccountable = (v: RaciValue | '' | undefined) => v === 'A' || v === 'AR';
export const isResponsible = (v: RaciValue | '' | undefined) => v === 'R' || v === 'AR';
