/**
 * A maintained patch of frappe-gantt 1.x's date formatting, which dominates drawing a chart: it formats a date
 * per column and per holiday (about 1,600 calls for a two-year plan in the Day view), and each call builds two
 * Intl.DateTimeFormat objects and two month names it rarely uses (about half a second on a five-year plan).
 * - Formatters are immutable, so one per locale and options is kept.
 * - The two numeric formats the chart keys its columns by (YYYY-MM-DD, YYYY-MM) take a direct path.
 * Applied at build time to the library's own module only; the upstream code is otherwise untouched.
 */
const FORMATTER_CACHE =
	'const __wbFormats = new Map();\n' +
	'function __wbDateTimeFormat(locale, options) {\n' +
	'\tconst key = String(locale) + JSON.stringify(options);\n' +
	'\tlet format = __wbFormats.get(key);\n' +
	'\tif (!format) __wbFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));\n' +
	'\treturn format;\n' +
	'}\n';

// date_utils.format(date, format = 'YYYY-MM-DD HH:mm:ss.SSS', lang = 'en') as the bundle spells it.
const FORMAT_HEAD = /format\((\w+), (\w+) = "YYYY-MM-DD HH:mm:ss\.SSS", (\w+) = "en"\) \{/;

/**
 * The same strings the library builds for these two formats (zero-padded month and day, local time).
 * @param {string} date the bundle's name for the date parameter
 * @param {string} format the bundle's name for the format parameter
 */
function numericFast(date, format) {
	return (
		`if (${format} === "YYYY-MM-DD" || ${format} === "YYYY-MM") {\n` +
		`\tconst __wbMonth = String(${date}.getMonth() + 1).padStart(2, "0");\n` +
		`\treturn ${format} === "YYYY-MM" ? ${date}.getFullYear() + "-" + __wbMonth : ${date}.getFullYear() + "-" + __wbMonth + "-" + String(${date}.getDate()).padStart(2, "0");\n` +
		'}\n'
	);
}

/** @returns {import('vite').Plugin} */
export function frappeGanttDatePatch() {
	return {
		name: 'workbench:frappe-gantt-date-patch',
		enforce: 'pre',
		/** @param {string} code @param {string} id */
		transform(code, id) {
			if (!/node_modules[\\/]frappe-gantt[\\/]/.test(id) || !code.includes('new Intl.DateTimeFormat('))
				return null;
			let patched = FORMATTER_CACHE + code.replaceAll('new Intl.DateTimeFormat(', '__wbDateTimeFormat(');
			const head = FORMAT_HEAD.exec(patched);
			if (head) patched = patched.replace(head[0], `${head[0]}\n${numericFast(head[1], head[2])}`);
			else this.warn('frappe-gantt: date_utils.format not found, the numeric fast path is not applied');
			return { code: patched, map: null };
		}
	};
}
