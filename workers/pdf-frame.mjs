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

/** Room a heading needs below its top for itself and the first lines or rows of what it heads, in points. */
const HEADING_ROOM = 110;

/**
 * pdfmake's pageBreakBefore for a document whose frame asks for it: a heading (a node with headlineLevel) too
 * close to the foot of its page, or with nothing after it there, starts the next page. The room is measured
 * because pdfmake reports an unbreakable block (a table row, a signature slot) moved to the next page as if it
 * stayed on this one.
 * @param {{ headlineLevel?: number, startPosition?: { verticalRatio: number, pageInnerHeight: number } }} node
 * @param {{ getFollowingNodesOnPage: () => unknown[] }} nodes
 */
export function keepHeadingWithNext(node, nodes) {
	if (!node.headlineLevel || !node.startPosition) return false;
	const { verticalRatio, pageInnerHeight } = node.startPosition;
	return (1 - verticalRatio) * pageInnerHeight < HEADING_ROOM || nodes.getFollowingNodesOnPage().length === 0;
}

/** Variation selectors and the zero-width joiner: they steer colour emoji, which no PDF font here draws. */
const INVISIBLE = new Set([0xfe0e, 0xfe0f, 0x200d]);
const isControl = (/** @type {number} */ cp) => cp < 0x20 || (cp >= 0x7f && cp < 0xa0);

/**
 * Replaces what the font cannot draw. Control characters other than line breaks and tabs are dropped; a code
 * point the main font lacks goes to the fallback font when that has it (`fallback`), else becomes MISSING.
 * Returns the same string when nothing changes, else a string or text runs
 * ([string | { text, font }]) that pdfmake lays out inline.
 * @param {(codePoint: number) => boolean} has
 * @param {{ font: string, has: (codePoint: number) => boolean } | null} [fallback]
 */
export function fallbackText(has, fallback = null) {
	/** @param {string} s */
	const printable = (s) => {
		for (const ch of s) {
			const cp = /** @type {number} */ (ch.codePointAt(0));
			if (ch !== '\n' && ch !== '\t' && (isControl(cp) || !has(cp))) return false;
		}
		return true;
	};
	/** @param {string} s @returns {string | (string | { text: string, font: string })[]} */
	return (s) => {
		// Plain printable ASCII is by far the common case and is always in the font; text the font covers comes
		// back as the very same string, so a large document is not copied string by string.
		if (/^[\x20-\x7e\n\t]*$/.test(s) || printable(s)) return s;
		/** @type {(string | { text: string, font: string })[]} */
		const runs = [];
		let main = '';
		let other = '';
		const flushMain = () => {
			if (main) runs.push(main);
			main = '';
		};
		const flushOther = () => {
			if (other && fallback) runs.push({ text: other, font: fallback.font });
			other = '';
		};
		for (const ch of s) {
			const cp = /** @type {number} */ (ch.codePointAt(0));
			if (ch === '\n' || ch === '\t') {
				flushOther();
				main += ch;
			} else if (isControl(cp) || INVISIBLE.has(cp)) continue;
			else if (has(cp)) {
				flushOther();
				main += ch;
			} else if (fallback?.has(cp)) {
				flushMain();
				other += ch;
			} else {
				flushOther();
				main += MISSING;
			}
		}
		flushOther();
		flushMain();
		return runs.length === 1 && typeof runs[0] === 'string' ? runs[0] : runs.length ? runs : '';
	};
}

/**
 * Applies fix to every string that pdfmake will print: text properties and strings inside arrays (content,
 * table cells, list items). Vector drawings are left alone. Where fix splits a string into runs, a `text`
 * property takes the runs as they are and any other place gets them wrapped as `{ text: runs }`, so the runs
 * stay on one line.
 * @param {unknown} node
 * @param {(s: string) => string | unknown[]} fix
 * @param {boolean} [inText]
 * @returns {unknown}
 */
export function mapText(node, fix, inText = false) {
	// In place: the definition is the worker's own copy, and a second copy of a 2,000-row plan costs tens of MB.
	if (typeof node === 'string') {
		const fixed = fix(node);
		return typeof fixed === 'string' || inText ? fixed : { text: fixed };
	}
	if (Array.isArray(node)) {
		for (let i = 0; i < node.length; i++) {
			const item = mapText(node[i], fix, inText);
			// Inside a text array, runs are spliced in place rather than nested.
			if (inText && Array.isArray(item)) {
				node.splice(i, 1, ...item);
				i += item.length - 1;
			} else node[i] = item;
		}
		return node;
	}
	if (node && typeof node === 'object') {
		const record = /** @type {Record<string, unknown>} */ (node);
		for (const key of Object.keys(record)) {
			const value = record[key];
			if (key === 'canvas' || key === 'svg') continue;
			if (key === 'text') record[key] = mapText(value, fix, true);
			else if (value && typeof value === 'object') record[key] = mapText(value, fix, false);
		}
		return record;
	}
	return node;
}
