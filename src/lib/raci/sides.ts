/** The parties to a CRM implementation: the enterprise adopting CRM, the implementer, and independent advisers. */
export const SIDES = ['client', 'vendor', 'consultant'] as const;
export type Side = (typeof SIDES)[number];

export function isSide(value: unknown): value is Side {
	return typeof value === 'string' && (SIDES as readonly string[]).includes(value);
}
