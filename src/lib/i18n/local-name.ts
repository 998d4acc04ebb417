import type { Locale } from './index';

// Seeded methodology content (template phase, task, deliverable, factor and gate-item names) is stored in
// both languages, as `name` / `name_en` columns or `{ zh, en }` JSON. Interface labels never come through
// here: they are catalogue keys read with t() / translate().

/** Seeded content in both languages, as stored in `{ zh, en }` JSON (phase objectives, template texts). */
export interface Bilingual {
	zh: string;
	en: string;
}

/** The English text when the viewer reads English and the content still has one, else the stored text. */
export function localText(zh: string, en: string | null | undefined, locale: Locale): string {
	return locale === 'en' && en ? en : zh;
}

/** The name in the viewer's language: the template's English name while untouched, else what the team typed. */
export function localName(row: { name: string; nameEn: string | null }, locale: Locale): string {
	return localText(row.name, row.nameEn, locale);
}
