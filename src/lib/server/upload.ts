import { DomainError } from './errors';
import { MAX_DELIVERABLE_BYTES } from './repo/deliverable-versions';
import { isTooLarge } from './request-body';

/** The `file` field of a multipart request (and an optional `note`), checked before anything is stored. */
export async function readUpload(
	request: Request
): Promise<{ filename: string; mediaType: string; bytes: Uint8Array; note: string }> {
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
		note: typeof note === 'string' ? note : ''
	};
}

/** A stored file as a download, named as uploaded (RFC 6266 filename* for non-ASCII names) and never sniffed. */
export function fileResponse(file: {
	filename: string;
	mediaType: string;
	bytes: Uint8Array;
	sha256: string;
}): Response {
	const ascii = file.filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
	return new Response(Buffer.from(file.bytes), {
		headers: {
			'content-type': file.mediaType || 'application/octet-stream',
			'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
			'x-content-type-options': 'nosniff',
			'x-content-sha256': file.sha256
		}
	});
}
