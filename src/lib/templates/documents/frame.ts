import {
	formatDate,
	formatDateTime,
	translate,
	type Locale,
	type MessageKey,
	type MessageParams
} from '../../i18n';
import type { DocumentMeta, Node, PrintSpec } from './model';

export const FONT = 'NotoSansSC';
const INK = '#1f2933';
const ACCENT = '#1d4e89';
const RULE = '#c5ccd3';

/** A translator bound to the document's language (not the reader's interface language). */
export const tr = (lang: Locale) => (key: MessageKey, params?: MessageParams) => translate(lang, key, params);

// headlineLevel marks a heading the worker keeps with what follows it (PageFrame.keepHeadingsWithNext).
export const h1 = (text: string): Node => ({ text, style: 'h1', tocItem: true, headlineLevel: 1 });
export const h2 = (text: string): Node => ({
	text,
	style: 'h2',
	tocItem: true,
	tocMargin: [12, 0, 0, 0],
	headlineLevel: 2
});
export const para = (text: string): Node => ({ text, style: 'para' });
export const muted = (text: string): Node => ({ text, style: 'muted' });

/** Text that may be empty in the data: prints 无 rather than leaving a hole under its heading. */
/** An instant as the document prints it: in the project's time zone (named on the cover). */
export const instant = (lang: Locale, meta: DocumentMeta, iso: string | null | undefined) =>
	formatDateTime(lang, iso, meta.timeZone);

export const paraOr = (text: string, lang: Locale): Node =>
	text.trim() ? para(text) : muted(translate(lang, 'doc.none'));

/**
 * A data table whose header row repeats on every page, stays with the first row, and whose rows never split
 * across pages (a row cut in half is unreadable on paper). Cells are strings or nodes.
 */
export function dataTable(
	headers: string[],
	rows: Node[][],
	widths: (number | string)[],
	options: { fontSize?: number } = {}
): Node {
	return {
		table: {
			headerRows: 1,
			// The header row never sits alone at the foot of a page: it moves on with the first row.
			keepWithHeaderRows: 1,
			dontBreakRows: true,
			widths,
			body: [headers.map((h) => ({ text: h, style: 'th' })), ...rows]
		},
		layout: 'workbench',
		fontSize: options.fontSize ?? 8.5,
		margin: [0, 2, 0, 10]
	};
}

/** A fact a document adds to its cover, below the date (a report's period, …): label and value as printed. */
export interface CoverFact {
	label: string;
	value: string;
}

function cover(
	meta: DocumentMeta,
	title: string,
	lang: Locale,
	landscape = false,
	facts: CoverFact[] = []
): Node[] {
	const t = tr(lang);
	const fact = (label: MessageKey, value: string) => [
		{ text: t(label), style: 'coverLabel' },
		{ text: value, style: 'coverValue' }
	];
	return [
		{ text: meta.projectName, style: 'coverProject', margin: [0, landscape ? 60 : 140, 0, 8] },
		{ text: title, style: 'coverTitle', margin: [0, 0, 0, landscape ? 36 : 60] },
		{
			table: {
				widths: [110, '*'],
				body: [
					fact('doc.cover.code', meta.projectCode),
					fact('doc.cover.client', meta.clientOrg),
					fact('doc.cover.vendor', meta.vendorOrg),
					fact('doc.cover.number', meta.documentNumber),
					fact('doc.cover.version', meta.version),
					fact('doc.cover.date', formatDate(lang, meta.date)),
					...facts.map((f) => [
						{ text: f.label, style: 'coverLabel' },
						{ text: f.value, style: 'coverValue' }
					]),
					[
						{ text: t('handover.cover.timeZone'), style: 'coverLabel' },
						{ text: t('handover.cover.timeZoneValue', { zone: meta.timeZone }), style: 'coverValue' }
					],
					fact(
						'doc.cover.anchor',
						meta.integrityAnchor
							? t('doc.cover.anchorValue', {
									at: instant(lang, meta, meta.integrityAnchor.at),
									seq: meta.integrityAnchor.seq,
									head: meta.integrityAnchor.head
								})
							: t('doc.cover.anchorNone')
					)
				]
			},
			layout: 'noBorders',
			pageBreak: 'after'
		}
	];
}

const CURLY = /[\u2018\u2019\u201c\u201d]/;

/**
 * English documents print ASCII quotes: seeded English content (and any text a team pastes from a word
 * processor) uses typographic ones, which read as stray marks in a contract and fail a plain-text search.
 */
function asciiQuotes<T>(node: T): T {
	if (typeof node === 'string')
		return (
			CURLY.test(node) ? node.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"') : node
		) as T;
	// In place: the body was built for this document alone, and a large plan is not worth copying.
	if (Array.isArray(node)) for (let i = 0; i < node.length; i++) node[i] = asciiQuotes(node[i]);
	else if (node && typeof node === 'object') {
		const record = node as Record<string, unknown>;
		for (const k of Object.keys(record)) if (k !== 'canvas') record[k] = asciiQuotes(record[k]);
	}
	return node;
}

/**
 * Wraps a document body in what a signed deliverable needs: cover, optional table of contents, running
 * header and footer, typography and PDF metadata (title and language).
 */
export function frameDocument(
	lang: Locale,
	meta: DocumentMeta,
	title: string,
	body: Node[],
	options: { landscape?: boolean; toc?: boolean; facts?: CoverFact[]; keepHeadings?: boolean } = {}
): PrintSpec {
	const t = tr(lang);
	if (lang === 'en') {
		body = asciiQuotes(body);
		meta = asciiQuotes({ ...meta });
		title = asciiQuotes(title);
	}
	const toc: Node[] = options.toc
		? [{ toc: { title: { text: t('doc.toc'), style: 'h1' } }, pageBreak: 'after' }]
		: [];
	return {
		definition: {
			info: {
				title,
				subject: `${meta.projectCode} ${title}`,
				author: `${meta.clientOrg} / ${meta.vendorOrg}`,
				creator: 'CRM 实施工作台'
			},
			language: lang,
			pageSize: 'A4',
			pageOrientation: options.landscape ? 'landscape' : 'portrait',
			pageMargins: [40, 50, 40, 45],
			defaultStyle: { font: FONT, fontSize: 9.5, lineHeight: 1.3, color: INK },
			styles: {
				h1: { fontSize: 14, bold: true, color: ACCENT, margin: [0, 12, 0, 6] },
				h2: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
				para: { margin: [0, 0, 0, 6] },
				muted: { color: '#6b7680', margin: [0, 0, 0, 6] },
				th: { bold: true, fillColor: '#e8eef5' },
				coverProject: { fontSize: 16, color: '#52606d', alignment: 'center' },
				coverTitle: { fontSize: 28, bold: true, color: ACCENT, alignment: 'center' },
				coverLabel: { color: '#6b7680', alignment: 'right', margin: [0, 3, 8, 3] },
				coverValue: { margin: [0, 3, 0, 3] }
			},
			content: [...cover(meta, title, lang, options.landscape, options.facts), ...toc, ...body]
		},
		frame: {
			headerLeft: meta.projectCode,
			headerRight: title,
			pageLabel: t('doc.page', { page: '{page}', pages: '{pages}' }),
			skipPages: 1,
			...(options.keepHeadings ? { keepHeadingsWithNext: true } : {})
		}
	};
}

export const RULE_COLOR = RULE;
