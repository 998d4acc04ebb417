import { en } from './en';
import { zhCN, type Messages } from './zh-CN';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';
export type MessageKey = keyof Messages;
export type MessageParams = Record<string, string | number>;

const catalogues: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function isMessageKey(value: unknown): value is MessageKey {
	return typeof value === 'string' && Object.hasOwn(zhCN, value);
}

/** Looks a key up and fills `{name}` placeholders; an unknown placeholder is left visible, never dropped. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
	const template = catalogues[locale][key] ?? zhCN[key];
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

/** A short run of items ("2026、2027" / "2026, 2027"), without a conjunction as Intl.ListFormat would add. */
export function formatList(locale: Locale, items: readonly (string | number)[]): string {
	return items.join(translate(locale, 'app.listSeparator'));
}

/** Picks the first supported language from an Accept-Language header. */
export function negotiateLocale(acceptLanguage: string | null): Locale {
	if (!acceptLanguage) return DEFAULT_LOCALE;
	for (const part of acceptLanguage.split(',')) {
		const tag = part.split(';')[0].trim().toLowerCase();
		if (tag.startsWith('zh')) return 'zh-CN';
		if (tag.startsWith('en')) return 'en';
	}
	return DEFAULT_LOCALE;
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, withTime: boolean): Intl.DateTimeFormat {
	const id = `${locale}|${withTime}`;
	let f = dateFormatters.get(id);
	if (!f) {
		f = new Intl.DateTimeFormat(locale, {
			year: 'numeric',
			month: 'short',
			day: 'numeric',
			...(withTime ? { hour: '2-digit', minute: '2-digit', hour12: false } : {}),
			timeZone: withTime ? undefined : 'UTC'
		});
		dateFormatters.set(id, f);
	}
	return f;
}

/** A calendar date (YYYY-MM-DD), shown without shifting it through the viewer's time zone. */
export function formatDate(locale: Locale, isoDate: string | null | undefined): string {
	if (!isoDate) return '—';
	const d = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
	return Number.isNaN(d.getTime()) ? isoDate : formatter(locale, false).format(d);
}

export function formatDateTime(locale: Locale, iso: string | null | undefined): string {
	if (!iso) return '—';
	const d = new Date(iso);
	return Number.isNaN(d.getTime()) ? iso : formatter(locale, true).format(d);
}

export function formatNumber(locale: Locale, n: number, options?: Intl.NumberFormatOptions): string {
	return new Intl.NumberFormat(locale, options).format(n);
}
