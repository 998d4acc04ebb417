import { error, json, type RequestEvent } from '@sveltejs/kit';
import { translate, type Locale } from '../i18n';

/** BODY_SIZE_LIMIT as adapter-node reads it (bytes, or a K/M/G suffix in powers of 1024); 512K when unset. */
export function bodySizeLimit(value = process.env.BODY_SIZE_LIMIT ?? '512K'): number {
	const multiplier = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[value.slice(-1).toUpperCase()] ?? 1;
	return Number(multiplier === 1 ? value : value.slice(0, -1)) * multiplier;
}

export function formatLimit(bytes: number): string {
	if (!Number.isFinite(bytes)) return '∞';
	return bytes >= 1024 ** 2
		? `${Math.round((bytes / 1024 ** 2) * 10) / 10} MB`
		: `${Math.ceil(bytes / 1024)} KB`;
}

/** The adapter signals an over-long body (by Content-Length or while streaming) with a 413 error on read. */
export function isTooLarge(e: unknown): boolean {
	const status = (x: unknown) =>
		x && typeof x === 'object' && 'status' in x ? (x as { status: unknown }).status : undefined;
	return status(e) === 413 || status((e as { cause?: unknown } | null)?.cause) === 413;
}

export function tooLargeMessage(locale: Locale, limit = bodySizeLimit()): string {
	return translate(locale, 'request.tooLarge', { limit: formatLimit(limit) });
}

/**
 * A request whose declared length is over the limit is refused before anything reads it: 413 with the
 * standard error body on the API, a short message elsewhere. Chunked bodies are caught when read.
 */
export function refuseOversized(event: RequestEvent): Response | null {
	const declared = Number(event.request.headers.get('content-length'));
	const limit = bodySizeLimit();
	if (!Number.isFinite(declared) || declared <= limit) return null;
	const message = tooLargeMessage(event.locals.locale, limit);
	const headers = { connection: 'close' };
	if (event.url.pathname.startsWith('/api/'))
		return json({ error: { code: 'payload_too_large', message } }, { status: 413, headers });
	// An enhanced form (use:enhance) reads the answer as an action result: an error it can show, not a crash.
	if (event.request.headers.get('x-sveltekit-action') === 'true')
		return json({ type: 'error', error: { message } }, { status: 413, headers });
	return new Response(message, {
		status: 413,
		headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' }
	});
}

/** The posted form of an action; a body that is not a form is the client's mistake (400), one too large 413. */
export async function readForm(event: RequestEvent): Promise<FormData> {
	try {
		return await event.request.formData();
	} catch (e) {
		if (isTooLarge(e)) error(413, tooLargeMessage(event.locals.locale));
		error(400, translate(event.locals.locale, 'request.notForm'));
	}
}
