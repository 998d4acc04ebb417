import { screenshotFilename, sniffScreenshot, type ScreenshotType } from '../../testing/screenshots';
import { TESTING_LIMITS } from '../../testing/types';
import { sha256Hex } from '../../signoff/canonical';
import { DomainError } from '../errors';

/** A screenshot as sent: its name and bytes (the sender's claimed type is ignored). */
export interface ScreenshotUpload {
	filename: string;
	bytes: Uint8Array;
}

export interface CheckedScreenshot {
	filename: string;
	mediaType: ScreenshotType;
	bytes: Uint8Array;
	sha256: string;
}

/**
 * A screenshot that may be stored: not empty, within the size cap, and PNG, JPEG or WebP by its own bytes.
 * `field` names the form field or API part the refusal is shown beside.
 */
export function checkScreenshot(upload: ScreenshotUpload, field: string): CheckedScreenshot {
	if (!upload.bytes.length)
		throw new DomainError('validation_failed', 'run.error.screenshotEmpty', { field });
	if (upload.bytes.length > TESTING_LIMITS.attachmentBytes)
		throw new DomainError('payload_too_large', 'run.error.screenshotTooLarge', {
			field,
			params: { mb: TESTING_LIMITS.attachmentBytes / 1024 / 1024 }
		});
	const mediaType = sniffScreenshot(upload.bytes);
	if (!mediaType)
		throw new DomainError('validation_failed', 'run.error.screenshotType', {
			field,
			params: { name: screenshotFilename(upload.filename, 'image/png') }
		});
	return {
		filename: screenshotFilename(upload.filename, mediaType),
		mediaType,
		bytes: upload.bytes,
		sha256: sha256Hex(upload.bytes)
	};
}
