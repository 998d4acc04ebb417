/** The parties to a CRM implementation: the enterprise adopting CRM, the implementer, and independent advisers. */
export const SIDES = ['client', 'vendor', 'consultant'] as const;
export type Side = (typeof SIDES)[number];

export interface Bilingual {
	zh: string;
	en: string;
}

export const SIDE_LABELS: Record<Side, Bilingual> = {
	client: { zh: '甲方', en: 'Client' },
	vendor: { zh: '乙方', en: 'Vendor' },
	consultant: { zh: '顾问', en: 'Consultant' }
};

export function isSide(value: unknown): value is Side {
	return typeof value === 'string' && (SIDES as readonly string[]).includes(value);
}

export function pick(text: Bilingual, locale: string): string {
	return locale === 'en' ? text.en : text.zh;
}
