import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DESIGN_LIMITS } from '../../design/types';

/**
 * A saved diagram's SVG as pdfmake may draw it. The SVG came from a browser and is untrusted even though it was
 * sanitised when saved: it is rebuilt here from an allow-list of drawing elements and attributes, so nothing in it
 * can make the PDF worker read a file (svg-to-pdfkit opens an <image> href with PDFKit, which reads local paths),
 * follow a link or expand an entity. Text is drawn in the document's embedded CJK font, whatever the SVG asked for.
 */

/** Elements that only draw. `a` is kept as a plain group (a link in a signed PDF is not ours to add). */
const ELEMENTS = new Set([
	'svg',
	'g',
	'a',
	'defs',
	'marker',
	'symbol',
	'use',
	'clipPath',
	'linearGradient',
	'radialGradient',
	'stop',
	'path',
	'rect',
	'circle',
	'ellipse',
	'line',
	'polyline',
	'polygon',
	'text',
	'tspan'
]);

const ATTRIBUTES = new Set([
	'id',
	'x',
	'y',
	'x1',
	'y1',
	'x2',
	'y2',
	'cx',
	'cy',
	'r',
	'rx',
	'ry',
	'fx',
	'fy',
	'dx',
	'dy',
	'width',
	'height',
	'd',
	'points',
	'transform',
	'viewBox',
	'preserveAspectRatio',
	'fill',
	'fill-opacity',
	'fill-rule',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-dashoffset',
	'stroke-linecap',
	'stroke-linejoin',
	'stroke-miterlimit',
	'opacity',
	'visibility',
	'display',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'alignment-baseline',
	'letter-spacing',
	'word-spacing',
	'markerWidth',
	'markerHeight',
	'markerUnits',
	'refX',
	'refY',
	'orient',
	'marker-start',
	'marker-mid',
	'marker-end',
	'clip-path',
	'clipPathUnits',
	'offset',
	'stop-color',
	'stop-opacity',
	'gradientUnits',
	'gradientTransform',
	'spreadMethod'
]);

/** Style properties kept from a style attribute (bpmn-js writes its colours and text sizes there). */
const STYLE_PROPERTIES = new Set(
	[...ATTRIBUTES].filter((a) =>
		/^(fill|stroke|opacity|visibility|display|font-|text-|letter-|word-|marker-)/.test(a)
	)
);

/** Above this many elements a diagram is not something a person can read on A4 anyway, and it costs the worker. */
const MAX_ELEMENTS = 30_000;
const MAX_DEPTH = 64;

/** A reference inside this document (`url(#id)`); anything else (a file, a URL) would be fetched or ignored. */
const SAFE_VALUE = /^[^<>]*$/;
const URL_REF = /url\(/i;
const LOCAL_URL = /^url\(\s*['"]?#[\w.:-]+['"]?\s*\)$/i;

function safeValue(value: string): boolean {
	if (!SAFE_VALUE.test(value) || value.length > 100_000) return false;
	return !URL_REF.test(value) || LOCAL_URL.test(value.trim());
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The parser leaves entities alone (so a DOCTYPE cannot define any); the five of XML and numeric ones are read here. */
function decode(text: string): string {
	return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/gi, (whole, ref: string) => {
		if (ref[0] !== '#') return ENTITIES[ref] ?? whole;
		const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
		return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '';
	});
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

function cleanStyle(style: string): string {
	return style
		.split(';')
		.map((declaration) => {
			const colon = declaration.indexOf(':');
			if (colon < 0) return null;
			const name = declaration.slice(0, colon).trim().toLowerCase();
			const value = declaration.slice(colon + 1).trim();
			return STYLE_PROPERTIES.has(name) && safeValue(value) ? `${name}:${value}` : null;
		})
		.filter((d): d is string => d !== null)
		.join(';');
}

type Parsed = Record<string, unknown>;

const parser = new XMLParser({
	preserveOrder: true,
	ignoreAttributes: false,
	attributeNamePrefix: '',
	attributesGroupName: false,
	processEntities: false,
	htmlEntities: false,
	trimValues: false,
	parseTagValue: false,
	parseAttributeValue: false,
	ignoreDeclaration: true,
	ignorePiTags: true
});

function tagOf(node: Parsed): string | null {
	return Object.keys(node).find((k) => k !== ':@') ?? null;
}

function attributes(tag: string, raw: Record<string, string>): string {
	const out: string[] = [];
	for (const [name, value] of Object.entries(raw)) {
		const text = decode(String(value));
		if ((name === 'href' || name === 'xlink:href') && tag === 'use') {
			if (/^#[\w.:-]+$/.test(text)) out.push(`href="${escapeAttr(text)}"`);
		} else if (name === 'style') {
			const style = cleanStyle(text);
			if (style) out.push(`style="${escapeAttr(style)}"`);
		} else if (ATTRIBUTES.has(name) && safeValue(text)) out.push(`${name}="${escapeAttr(text)}"`);
	}
	return out.length ? ' ' + out.join(' ') : '';
}

/** Rebuilds the allowed part of the tree; returns false when it is too large or too deep to draw. */
function rebuild(nodes: Parsed[], depth: number, out: string[], budget: { elements: number }): boolean {
	if (depth > MAX_DEPTH) return false;
	for (const node of nodes) {
		if ('#text' in node) {
			out.push(escapeText(decode(String(node['#text']))));
			continue;
		}
		const tag = tagOf(node);
		if (!tag || !ELEMENTS.has(tag)) continue;
		if (--budget.elements < 0) return false;
		const name = tag === 'a' ? 'g' : tag;
		const raw = (node[':@'] ?? {}) as Record<string, string>;
		const children = (node[tag] ?? []) as Parsed[];
		out.push(`<${name}${attributes(tag, raw)}>`);
		// Text outside text elements is white space between shapes: dropped, as a renderer would.
		const kept = tag === 'text' || tag === 'tspan' ? children : children.filter((c) => !('#text' in c));
		if (!rebuild(kept, depth + 1, out, budget)) return false;
		out.push(`</${name}>`);
	}
	return true;
}

/** The size pdfmake lays the drawing out at: its width and height, or its viewBox's. */
function intrinsicSize(root: Record<string, string>): { width: number; height: number } | null {
	const box = (root.viewBox ?? '')
		.trim()
		.split(/[\s,]+/)
		.map(Number);
	const width = parseFloat(root.width ?? '') || (box.length === 4 ? box[2] : NaN);
	const height = parseFloat(root.height ?? '') || (box.length === 4 ? box[3] : NaN);
	return width > 0 && height > 0 && Number.isFinite(width + height) ? { width, height } : null;
}

export interface PrintableSvg {
	svg: string;
	width: number;
	height: number;
}

/**
 * The SVG rebuilt for printing, or null when it cannot be drawn safely (too large, a DOCTYPE with declarations,
 * not well-formed, not an <svg>, no size): the document then prints the process's step list instead.
 */
export function printableSvg(source: string, font: string): PrintableSvg | null {
	if (new TextEncoder().encode(source).length > DESIGN_LIMITS.svgBytes) return null;
	// bpmn-js writes the plain SVG 1.1 DOCTYPE; one with an internal subset could declare entities: refused.
	const text = source.replace(/<!DOCTYPE\s+svg[^>[]*>/i, '');
	if (/<!DOCTYPE|<!ENTITY/i.test(text)) return null;
	let tree: Parsed[];
	try {
		// The parser is lenient (an unclosed tag passes); a drawing that is not well-formed is not drawn.
		if (XMLValidator.validate(text) !== true) return null;
		tree = parser.parse(text) as Parsed[];
	} catch {
		return null;
	}
	const roots = tree.filter((n) => tagOf(n) !== null && !('#text' in n));
	if (roots.length !== 1 || tagOf(roots[0]) !== 'svg') return null;
	const rootAttributes = (roots[0][':@'] ?? {}) as Record<string, string>;
	const size = intrinsicSize(rootAttributes);
	if (!size) return null;
	const body: string[] = [];
	const children = ((roots[0].svg ?? []) as Parsed[]).filter((c) => !('#text' in c));
	try {
		if (!rebuild(children, 1, body, { elements: MAX_ELEMENTS })) return null;
	} catch {
		return null;
	}
	const viewBox = rootAttributes.viewBox && safeValue(rootAttributes.viewBox) ? rootAttributes.viewBox : null;
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}"` +
		(viewBox ? ` viewBox="${escapeAttr(decode(viewBox))}"` : '') +
		` font-family="${escapeAttr(font)}">${body.join('')}</svg>`;
	return { svg, ...size };
}
