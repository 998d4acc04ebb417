import type { MessageKey, MessageParams } from '../i18n';

export type ErrorCode =
	| 'bad_request'
	| 'unauthorized'
	| 'forbidden'
	| 'not_found'
	| 'conflict'
	| 'validation_failed'
	| 'rate_limited'
	| 'payload_too_large'
	| 'unsupported_media_type';

const STATUS: Record<ErrorCode, number> = {
	bad_request: 400,
	unauthorized: 401,
	forbidden: 403,
	not_found: 404,
	conflict: 409,
	validation_failed: 422,
	rate_limited: 429,
	payload_too_large: 413,
	unsupported_media_type: 415
};

/**
 * A refusal the user should read: carries a message key (translated at the boundary), the HTTP status and,
 * where one field is at fault, that field's name.
 */
export class DomainError extends Error {
	constructor(
		readonly code: ErrorCode,
		readonly messageKey: MessageKey,
		readonly options: { field?: string; params?: MessageParams; current?: unknown } = {}
	) {
		super(messageKey);
	}

	get status(): number {
		return STATUS[this.code];
	}
}

export const notFound = () => new DomainError('not_found', 'error.notFound');
