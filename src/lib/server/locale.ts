import type { Cookies } from '@sveltejs/kit';
import type { Locale } from '../i18n';

export const LOCALE_COOKIE = 'workbench_lang';

export function setLocaleCookie(cookies: Cookies, locale: Locale): void {
	// Not a secret: readable by the page is fine, but keep it first-party and long-lived.
	cookies.set(LOCALE_COOKIE, locale, {
		path: '/',
		sameSite: 'lax',
		httpOnly: false,
		secure: false,
		maxAge: 60 * 60 * 24 * 365
	});
}
