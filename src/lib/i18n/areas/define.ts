/** Declares a feature's messages in both languages at once; the compiler checks that en has every zh key. */
export function defineArea<const Zh extends Record<string, string>>(
	zh: Zh,
	en: { readonly [K in keyof Zh]: string }
) {
	return { zh, en };
}
