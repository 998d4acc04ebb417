import { TESTING_LIMITS } from '../testing/types';
import { DomainError } from './errors';
import { isTooLarge } from './request-body';

/** The `file` part of a multipart screenshot upload and the optional `runStepId` it belongs to. */
export async function readScreenshotUpload(
	request: Request
): Promise<{ filename: string; bytes: Uint8Array; runStepId: string | null }> {
	const form = await request.formData().catch((e) => {
		if (isTooLarge(e))
			throw new DomainError('payload_too_large', 'run.error.screenshotTooLarge', {
				field: 'file',
				params: { mb: TESTING_LIMITS.attachmentBytes / 1024 / 1024 }
			});
		throw new DomainError('bad_request', 'request.notForm');
	});
	const file = form.get('file');
	if (!(file instanceof File))
		throw new DomainError('validation_failed', 'run.error.screenshotRequired', { field: 'file' });
	const step = form.get('runStepId');
	return {
		filename: file.name,
		bytes: new Uint8Array(await file.arrayBuffer()),
		runStepId: typeof step === 'string' && step.trim() ? step.trim() : null
	};
}

/** The screenshots a run screen's form sent (an empty file input sends one nameless, empty part). */
export async function formScreenshots(
	form: FormData,
	name: string
): Promise<{ filename: string; bytes: Uint8Array }[]> {
	const out: { filename: string; bytes: Uint8Array }[] = [];
	for (const part of form.getAll(name))
		if (part instanceof File && (part.name || part.size))
			out.push({ filename: part.name, bytes: new Uint8Array(await part.arrayBuffer()) });
	return out;
}
