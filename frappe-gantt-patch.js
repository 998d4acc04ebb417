/**
 * A maintained patch of frappe-gantt 1.x: its date formatter builds two Intl.DateTimeFormat objects on every
 * call, and a chart formats a date per column and per bar, so formatter construction dominates rendering (about
 * half a second on a five-year plan). Formatters are immutable, so one per locale and options is enough.
 * Applied at build time to the library's own module only; the upstream code is otherwise untouched.
 */
/** @returns {import('vite').Plugin} */
export function frappeGanttFormatterCache() {
	const helper =
		'const __wbFormats = new Map();\n' +
		'function __wbDateTimeFormat(locale, options) {\n' +
		'\tconst key = String(locale) + JSON.stringify(options);\n' +
		'\tlet format = __wbFormats.get(key);\n' +
		'\tif (!format) __wbFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));\n' +
		'\treturn format;\n' +
		'}\n';
	return {
		name: 'workbench:frappe-gantt-formatter-cache',
		enforce: 'pre',
		/** @param {string} code @param {string} id */
		transform(code, id) {
			if (!/node_modules[\\/]frappe-gantt[\\/]/.test(id) || !code.includes('new Intl.DateTimeFormat(')) return null;
			return { code: helper + code.replaceAll('new Intl.DateTimeFormat(', '__wbDateTimeFormat('), map: null };
		}
	};
}
