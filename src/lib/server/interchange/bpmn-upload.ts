import { DESIGN_LIMITS } from '../../design/types';
import { DomainError } from '../errors';
import { isTooLarge } from '../request-body';

const tooLarge = () => new DomainError('payload_too_large', 'bpmn.error.tooLarge', { field: 'file' });

/**
 * The `.bpmn` file of a multipart request (field `file`), size-checked before it is read as text; the content
 * itself is checked by checkBpmn when it is saved. Invalid UTF-8 becomes U+FFFD, which the checker then sees.
 */
export async function readBpmnUpload(request: Request): Promise<{ name: string; xml: string }> {
	const form = await request.formData().catch((e: unknown) => {
		if (isTooLarge(e)) throw tooLarge();
		return null;
	});
	const file = form?.get('file');
	if (!(file instanceof File) || !file.name || file.size === 0)
		throw new DomainError('validation_failed', 'bpmn.error.noFile', { field: 'file' });
	if (file.size > DESIGN_LIMITS.bpmnBytes) throw tooLarge();
	const xml = new TextDecoder('utf-8').decode(await file.arrayBuffer()).replace(/^\uFEFF/, '');
	return { name: file.name, xml };
}

/** An export: an attachment named in UTF-8 (RFC 6266), never sniffed or run by the browser. */
export function bpmnResponse(file: { fileName: string; xml: string }): Response {
	const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
	return new Response(file.xml, {
		headers: {
			'content-type': 'application/xml; charset=utf-8',
			'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
			'x-content-type-options': 'nosniff',
			'content-security-policy': "default-src 'none'; sandbox"
		}
	});
}
