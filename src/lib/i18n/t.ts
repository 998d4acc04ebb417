import { page } from '$app/state';
import {
	DEFAULT_LOCALE,
	formatDate,
	formatDateTime,
	formatList,
	formatNumber,
	formatUtc,
	DEFAULT_TIME_ZONE,
	isTimeZone,
	isLocale,
	translate,
	type Locale,
	type MessageKey,
	type MessageParams
} from './index';

// Components read the request's locale from page data, so server rendering never shares state between users.
export function currentLocale(): Locale {
	const value = page.data?.locale;
	return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** The time zone of the project in view (its layout loads `project`), else the methodology's default. */
export function currentTimeZone(): string {
	const zone = (page.data?.project as { timeZone?: unknown } | undefined)?.timeZone;
	return isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
}

export function t(key: MessageKey, params?: MessageParams): string {
	return translate(currentLocale(), key, params);
}

export const fmt = {
	date: (iso: string | null | undefined) => formatDate(currentLocale(), iso),
	/** In the project's time zone; put `fmt.utc(iso)` in the element's title so UTC shows on hover. */
	dateTime: (iso: string | null | undefined) => formatDateTime(currentLocale(), iso, currentTimeZone()),
	utc: (iso: string | null | undefined) => formatUtc(iso),
	number: (n: number, o?: Intl.NumberFormatOptions) => formatNumber(currentLocale(), n, o),
	list: (items: readonly (string | number)[]) => formatList(currentLocale(), items)
};
