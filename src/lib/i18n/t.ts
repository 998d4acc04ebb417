import { page } from '$app/state';
import {
	DEFAULT_LOCALE,
	formatDate,
	formatDateTime,
	formatList,
	formatNumber,
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

export function t(key: MessageKey, params?: MessageParams): string {
	return translate(currentLocale(), key, params);
}

export const fmt = {
	date: (iso: string | null | undefined) => formatDate(currentLocale(), iso),
	dateTime: (iso: string | null | undefined) => formatDateTime(currentLocale(), iso),
	number: (n: number, o?: Intl.NumberFormatOptions) => formatNumber(currentLocale(), n, o),
	list: (items: readonly (string | number)[]) => formatList(currentLocale(), items)
};
