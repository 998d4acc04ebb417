import { matchesSignature, previewKind } from '../phases/file-preview';
import { DomainError } from './errors';
import { MAX_DELIVERABLE_BYTES } from './repo/deliverable-versions';
import { isTooLarge } from './request-body';

/**
 * The `file` field of a multipart request (and an optional `note`), checked before anything is stored;
 * `confirmVoid` is the page form's "I know this voids signatures" box.
 */
export async function readUpload(request: Request): Promise<{
	filename: string;
	mediaType: string;
	bytes: Uint8Array;
	note: string;
	confirmVoid: boolean;
}> {
	const form = await request.formData().catch((e) => {
		if (isTooLarge(e))
			throw new DomainError('payload_too_large', 'deliverables.fileTooLarge', { field: 'file' });
		return null;
	});
	const file = form?.get('file');
	if (!(file instanceof File) || !file.name)
		throw new DomainError('validation_failed', 'deliverables.fileRequired', { field: 'file' });
	if (file.size === 0)
		throw new DomainError('validation_failed', 'deliverables.fileEmpty', { field: 'file' });
	if (file.size > MAX_DELIVERABLE_BYTES)
		throw new DomainError('payload_too_large', 'deliverables.fileTooLarge', { field: 'file' });
	const note = form?.get('note');
	return {
		filename: file.name,
		mediaType: file.type,
		bytes: new Uint8Array(await file.arrayBuffer()),
		note: typeof note === 'string' ? note : '',
		confirmVoid: form?.get('confirmVoid') === 'on'
	};
}

/** Nothing in a served file may load, run or submit anything; only a PDF may be framed, and only by the workbench. */
const FILE_CSP =
	"default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'none'; base-uri 'none'";

/**
 * A stored file, named as uploaded (RFC 6266 filename* for non-ASCII names) and never sniffed. PDFs and raster
 * images whose bytes are what their type claims are served inline, so the reviewer's page can preview them
 * (a PDF in a same-origin frame); anything else is an attachment in a sandbox, so no script in it can run.
 */
export function fileResponse(file: {
	filename: string;
	mediaType: string;
	bytes: Uint8Array;
	sha256: string;
}): Response {
	const ascii = file.filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
	const kind = previewKind(file.mediaType);
	const inline = kind !== null && matchesSignature(file.mediaType, file.bytes);
	const headers: Record<string, string> = {
		'content-type': file.mediaType || 'application/octet-stream',
		'content-disposition': `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
		'x-content-type-options': 'nosniff',
		'x-content-sha256': file.sha256,
		// Chromium's PDF viewer does not run in a sandboxed document; a PDF gets frame-ancestors 'self' instead.
		'content-security-policy':
			inline && kind === 'pdf'
				? `${FILE_CSP}; frame-ancestors 'self'`
				: `${FILE_CSP}; frame-ancestors 'none'; sandbox`
	};
	if (inline && kind === 'pdf') headers['x-frame-options'] = 'SAMEORIGIN';
	return new Response(Buffer.from(file.bytes), { headers });
}
