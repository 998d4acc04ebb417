import { createHash } from 'node:crypto';
import { translate, type Locale } from '../../i18n';
import { DOCUMENT_KINDS, buildDocument, type DocumentKindId } from '../../templates/documents/registry';
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
}

/**
 * Loads a project's data, builds the document and renders it in a worker thread. The sign-off module saves the
 * result as a new immutable version of its deliverable.
 */
const yieldToRequests = () => new Promise((resolve) => setImmediate(resolve));

export async function renderDocumentForProject(
	db: Conn,
	projectId: string,
	kind: DocumentKindId,
	lang: Locale,
	options: LoadOptions & { onProgress?: ProgressListener } = {}
): Promise<RenderedDocument> {
	const data = await loadDocumentData(db, projectId, kind, lang, options);
	// Building a large definition and copying it to the worker each take tens of ms on the server's thread:
	// let waiting requests go before each.
	await yieldToRequests();
	const spec = buildDocument(kind, data, lang);
	await yieldToRequests();
	const bytes = await renderPool().render(spec, options.onProgress);
	const { meta } = data;
	return {
		bytes,
		filename: `${meta.projectCode}-${kind}-${meta.version}-${lang}.pdf`,
		title: translate(lang, DOCUMENT_KINDS[kind].titleKey),
		kind,
		lang,
		sha256: createHash('sha256').update(bytes).digest('hex'),
		deliverableKey: DOCUMENT_KINDS[kind].deliverableKey
	};
}
