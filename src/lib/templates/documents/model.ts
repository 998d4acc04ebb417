import type { Locale, MessageKey } from '../../i18n';

/**
 * A pdfmake content node as plain JSON: templates build only serialisable definitions, because the document
 * crosses into a worker thread (functions such as header/footer are rebuilt there from a PageFrame).
 */
export type Node = string | number | { [key: string]: unknown } | Node[];

/** What every printed deliverable says about itself on its cover and in its header. */
export interface DocumentMeta {
	projectCode: string;
	projectName: string;
	clientOrg: string;
	vendorOrg: string;
	/** e.g. HXJJ-CRM-2026-PL-20261127 */
	documentNumber: string;
	/** The version of the source the document prints (charter revision, RACI baseline, …). */
	version: string;
	/** ISO date the document was produced (in the project's time zone). */
	date: string;
	/** The project's IANA time zone: every instant in the document is printed in it. */
	timeZone: string;
	/**
	 * The project's audit-chain head as last anchored outside the database when the document was produced: a
	 * printed copy pins the chain, so a later rewound or truncated chain no longer matches what people hold.
	 */
	integrityAnchor: { at: string; seq: number; head: string } | null;
}

/** Serialisable description of header and footer; the worker turns it into pdfmake's page functions. */
export interface PageFrame {
	headerLeft: string;
	headerRight: string;
	/** With {page} and {pages} placeholders, e.g. 第 {page} 页 / 共 {pages} 页. */
	pageLabel: string;
	/** Leading pages without header and footer (the cover). */
	skipPages: number;
	/** Moves a heading (a node with `headlineLevel`) left alone at the foot of a page onto the next page. */
	keepHeadingsWithNext?: boolean;
}

export interface PrintSpec {
	definition: { [key: string]: unknown; content: Node[] };
	frame: PageFrame;
	/** Table rows the document lays out, roughly: tells the renderer how much memory it will need. */
	rows?: number;
}

export interface DocumentKindDefinition<D> {
	/** Short code in the document number. */
	code: string;
	titleKey: MessageKey;
	aboutKey: MessageKey;
	/** The methodology deliverable this document is a version of, where there is one. */
	deliverableKey: string | null;
	/** Worth showing progress for: may take seconds on a large project. */
	large: boolean;
	build(data: D, lang: Locale): PrintSpec;
}
