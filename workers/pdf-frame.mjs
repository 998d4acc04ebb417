// What the PDF worker adds to a template's JSON definition: the functions pdfmake wants (header, footer,
// table layouts), which cannot cross a thread boundary, and a font fallback for code points the font lacks.

/** Shown for a character the font has no glyph for (emoji, rare CJK extension B), never tofu or a crash. */
export const MISSING = '□';

const LINE = '#c5ccd3';

export const TABLE_LAYOUTS = {
	workbench: {
		hLineWidth: () => 0.5,
		vLineWidth: () => 0.5,
		hLineColor: () => LINE,
		vLineColor: () => LINE,
		paddingLeft: () => 3,
		paddingRight: () => 3,
		paddingTop: () => 1.5,
		paddingBottom: () => 1.5
	},
	gantt: {
		hLineWidth: (/** @type {number} */ i) => (i <= 1 ? 0.6 : 0.2),
		vLineWidth: () => 0.4,
		hLineColor: () => LINE,
		vLineColor: () => LINE,
		// The chart column runs edge to edge, so bars line up with the timescale above them.
		paddingLeft: (/** @type {number} */ i) => (i === 1 ? 0 : 3),
		paddingRight: (/** @type {number} */ i) => (i === 1 ? 0 : 3),
		paddingTop: () => 0,
		paddingBottom: () => 0
	}
};

/**
 * Header and footer functions from the serialisable frame description: project code and title at the top,
 * "第 x 页 / 共 y 页" at the bottom, nothing on the cover.
 * @param {{ headerLeft: string, headerRight: string, pageLabel: string, skipPages: number }} frame
 */
export function pageFunctions(frame) {
	const margin = [40, 22, 40, 0];
	return {
		/** @param {number} page */
		header: (page) =>
			page <= frame.skipPages
				? null
				: {
						margin,
						fontSize: 7.5,
						color: '#6b7680',
						stack: [
							{ columns: [{ text: frame.headerLeft }, { text: frame.headerRight, alignment: 'right' }] },
							{
								canvas: [{ type: 'line', x1: 0, y1: 3, x2: 1200, y2: 3, lineWidth: 0.5, lineColor: LINE }],
								height: 4
							}
						]
					},
		/** @param {number} page @param {number} pages */
		footer: (page, pages) =>
			page <= frame.skipPages
				? null
				: {
						text: frame.pageLabel.replace('{page}', String(page)).replace('{pages}', String(pages)),
						alignment: 'center',
						fontSize: 7.5,
						color: '#6b7680',
						margin: [0, 16, 0, 0]
					}
	};
}

/**
 * Replaces what the font cannot draw. Control characters other than line breaks and tabs are dropped; other
 * missing code points become MISSING.
 * @param {(codePoint: number) => boolean} has
 */
export function fallbackText(has) {
	/** @param {string} s */
	const printable = (s) => {
		for (const ch of s) {
			const cp = /** @type {number} */ (ch.codePointAt(0));
			if (ch !== '\n' && ch !== '\t' && (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || !has(cp))) return false;
		}
		return true;
	};
	/** @param {string} s */
	return (s) => {
		// Plain printable ASCII is by far the common case and is always in the font; text the font covers comes
		// back as the very same string, so a large document is not copied string by string.
		if (/^[\x20-\x7e\n\t]*$/.test(s) || printable(s)) return s;
		let out = '';
		for (const ch of s) {
			const cp = /** @type {number} */ (ch.codePointAt(0));
			if (ch === '\n' || ch === '\t') out += ch;
			else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
			else out += has(cp) ? ch : MISSING;
		}
		return out;
	};
}

/**
 * Applies fix to every string that pdfmake will print: text properties and strings inside arrays (content,
 * table cells, list items). Vector drawings are left alone.
 * @param {unknown} node
 * @param {(s: string) => string} fix
 * @returns {unknown}
 */
export function mapText(node, fix) {
	// In place: the definition is the worker's own copy, and a second copy of a 2,000-row plan costs tens of MB.
	if (typeof node === 'string') return fix(node);
	if (Array.isArray(node)) {
		for (let i = 0; i < node.length; i++) node[i] = mapText(node[i], fix);
		return node;
	}
	if (node && typeof node === 'object') {
		const record = /** @type {Record<string, unknown>} */ (node);
		for (const key of Object.keys(record)) {
			const value = record[key];
			if (key === 'canvas' || key === 'svg') continue;
			if (key === 'text' || (value && typeof value === 'object')) record[key] = mapText(value, fix);
		}
		return record;
	}
	return node;
}
