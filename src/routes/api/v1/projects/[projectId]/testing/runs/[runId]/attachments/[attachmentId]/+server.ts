import { projectAccess } from '$lib/server/api/handlers';
import { apiHandler } from '$lib/server/api/respond';
import { db } from '$lib/server/app';
import { getTestRunAttachment } from '$lib/server/services/test-run-attachments';

/**
 * A screenshot, served with the type its bytes were sniffed as when stored (only PNG, JPEG or WebP are), inline
 * under a CSP that lets nothing in it load or run; members of the project only.
 */
export const GET = apiHandler(async (event) => {
	const { project } = await projectAccess(event);
	const file = await getTestRunAttachment(
		db(),
		project.id,
		event.params.runId ?? '',
		event.params.attachmentId ?? ''
	);
	const ascii = file.filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
	return new Response(Buffer.from(file.bytes), {
		headers: {
			'content-type': file.mediaType,
			'content-disposition': `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
			'x-content-type-options': 'nosniff',
			'x-content-sha256': file.sha256,
			'content-security-policy': "default-src 'none'; img-src 'self'; frame-ancestors 'none'; sandbox"
		}
	});
});
