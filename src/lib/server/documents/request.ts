import { isLocale, type Locale } from '../../i18n';
import { isDocumentKind, type DocumentKindId } from '../../templates/documents/registry';
import { DomainError } from '../errors';
import type { RenderedDocument } from './render';

export interface DocumentRequest {
	kind: DocumentKindId;
	lang: Locale;
	phase: string | null;
	/** A test report's cycle id (required for that kind, ignored by the others). */
	cycle: string | null;
}

/** Checks kind and language: an unknown kind is a missing resource (404), an unknown language a bad request. */
export function parseDocumentRequest(
	kind: string | undefined,
	lang: string | null,
	phase: string | null,
	fallback: Locale,
	cycle: string | null = null
): DocumentRequest {
	if (!isDocumentKind(kind)) throw new DomainError('not_found', 'documents.unknownKind');
	const language = lang ?? fallback;
	if (!isLocale(language))
		throw new DomainError('bad_request', 'documents.unknownLanguage', { field: 'lang' });
	if (kind === 'testReport' && !cycle)
		throw new DomainError('bad_request', 'treport.error.cycleRequired', { field: 'cycle' });
	return { kind, lang: language, phase: phase || null, cycle: kind === 'testReport' ? cycle : null };
}

/** An attachment; the filename names project code, kind and version (non-ASCII codes via filename*). */
export function pdfResponse(doc: Pick<RenderedDocument, 'bytes' | 'filename' | 'sha256'>): Response {
	const ascii = doc.filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
	return new Response(doc.bytes as Uint8Array<ArrayBuffer>, {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(doc.filename)}`,
			'content-length': String(doc.bytes.byteLength),
			'cache-control': 'private, no-store',
			etag: `"${doc.sha256}"`
		}
	});
}
