import { createHash } from 'node:crypto';
import { translate, type Locale } from '../../i18n';
import { DOCUMENT_KINDS, type DocumentKindId } from '../../templates/documents/registry';
import type { Conn, LoadOptions } from './meta';
import { loadDocumentData } from './loaders';
import { renderPool, type ProgressListener } from './pool';

export interface RenderedDocument {
	bytes: Uint8Array;
	filename: string;
	title: string;
	kind: DocumentKindId;
	lang: Locale;
	/** hex SHA-256 of bytes: what a deliverable version records. */
	sha256: string;
	/** The methodology deliverable this is a version of (e.g. kickoff.charter), or null. */
	deliverableKey: string | null;
	/** The object a per-object document is about (a test report's cycle), whose own deliverable it is a version of. */
	subjectId: string | null;
}

/**
 * Loads a project's data, builds the document and renders it in a worker thread. The sign-off module saves the
 * result as a new immutable version of its deliverable.
 */
const yieldToRequests = () => new Promise((resolve) => setImmediate(resolve));

/** Documents under way at once (as many as the pool has workers): the rest wait before reading any data, so the server's memory stays bounded. */
const MAX_LOADING = 2;
let loading = 0;
const waiting: (() => void)[] = [];

async function withLoadSlot<T>(run: () => Promise<T>): Promise<T> {
	if (loading >= MAX_LOADING) await new Promise<void>((resolve) => waiting.push(resolve));
	else loading++;
	try {
		return await run();
	} finally {
		const next = waiting.shift();
		if (next) next();
		else loading--;
	}
}

/** Table rows a document will lay out, roughly (as PrintSpec.rows): its data's list lengths, a plan's twice (table and chart). */
function estimateRows(kind: DocumentKindId, data: object): number {
	const rows = Object.values(data).reduce((n: number, v) => n + (Array.isArray(v) ? v.length : 0), 0);
	return kind === 'plan' ? rows * 2 : rows;
}

export async function renderDocumentForProject(
	db: Conn,
	projectId: string,
	kind: DocumentKindId,
	lang: Locale,
	options: LoadOptions & { onProgress?: ProgressListener } = {}
): Promise<RenderedDocument> {
	// The data (bounded by the task limit) is read here; the definition, many times larger, is built in the worker.
	const { data, bytes } = await withLoadSlot(async () => {
		const data = await loadDocumentData(db, projectId, kind, lang, options);
		await yieldToRequests();
		return {
			data,
			bytes: await renderPool().renderFrom({ kind, data, lang }, estimateRows(kind, data), options.onProgress)
		};
	});
	const { meta } = data;
	return {
		bytes,
		filename: `${meta.projectCode}-${kind}-${meta.version}-${lang}.pdf`,
		title: translate(lang, DOCUMENT_KINDS[kind].titleKey),
		kind,
		lang,
		sha256: createHash('sha256').update(bytes).digest('hex'),
		deliverableKey: DOCUMENT_KINDS[kind].deliverableKey,
		subjectId: kind === 'testReport' ? (options.cycle ?? null) : null
	};
}
