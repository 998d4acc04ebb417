import { json, type RequestEvent } from '@sveltejs/kit';
import { translate, type MessageKey } from '../../i18n';
import type { FieldErrors } from '../../schemas/validate';
import { DomainError, type ErrorCode } from '../errors';
import { bodySizeLimit, formatLimit, isTooLarge } from '../request-body';

export function apiError(
	event: RequestEvent,
	status: number,
	code: ErrorCode,
	messageKey: MessageKey,
	fields?: FieldErrors,
	extra: Record<string, unknown> = {}
): Response {
	const body = {
		error: {
			code,
			message: translate(event.locals.locale, messageKey),
			...(fields ? { fields } : {}),
			...extra
		}
	};
	return json(body, { status });
}

export function domainErrorResponse(event: RequestEvent, e: DomainError): Response {
	const message = translate(event.locals.locale, e.messageKey, e.options.params);
	const body = {
		error: {
			code: e.code,
			message,
			...(e.options.field ? { fields: { [e.options.field]: message } } : {}),
			...(e.options.current ? { current: e.options.current } : {})
		}
	};
	return json(body, { status: e.status });
}

/**
 * Wraps an API handler: requires an authenticated caller (session or bearer token) and turns domain
 * refusals into the documented JSON error shape.
 */
export function apiHandler(handler: (event: RequestEvent) => Promise<Response>) {
	return async (event: RequestEvent): Promise<Response> => {
		if (!event.locals.user) return apiError(event, 401, 'unauthorized', 'error.unauthorized');
		try {
			return await handler(event);
		} catch (e) {
			if (e instanceof DomainError) return domainErrorResponse(event, e);
			if (e instanceof ApiValidationError)
				return apiError(event, 422, 'validation_failed', 'error.validation', e.fields);
			throw e;
		}
	};
}

export class ApiValidationError extends Error {
	constructor(readonly fields: FieldErrors) {
		super('validation');
	}
}

const JSON_TYPE = /^application\/([\w.+-]+\+)?json$/;

/** Reads a JSON body; a body that is not JSON is a client error (400/415), one over the limit 413, never a crash. */
export async function readJson(event: RequestEvent): Promise<unknown> {
	const type = (event.request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
	if (!JSON_TYPE.test(type)) throw new DomainError('unsupported_media_type', 'request.notJson');
	try {
		return await event.request.json();
	} catch (e) {
		if (isTooLarge(e))
			throw new DomainError('payload_too_large', 'request.tooLarge', {
				params: { limit: formatLimit(bodySizeLimit()) }
			});
		throw new DomainError('bad_request', 'error.badJson');
	}
}

/** Re-expresses the `current` record of a conflict in the API's JSON shape before it reaches the client. */
export function remapCurrent<T>(e: unknown, toJson: (current: T) => unknown): unknown {
	if (e instanceof DomainError && e.options.current) {
		return new DomainError(e.code, e.messageKey, { ...e.options, current: toJson(e.options.current as T) });
	}
	return e;
}
