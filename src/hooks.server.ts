import { json, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { isLocale, negotiateLocale, translate } from '$lib/i18n';
import { db, startApp } from '$lib/server/app';
import {
	sessionCookieName,
	setSessionCookie,
	deleteSessionCookie,
	validateSessionToken
} from '$lib/server/auth/session';
import { checkApiToken } from '$lib/server/services/tokens';
import { findUserById } from '$lib/server/repo/users';
import { LOCALE_COOKIE } from '$lib/server/locale';
import { NO_STORE, securityHeaders } from '../startup/security-headers.js';
import { refuseOversized } from '$lib/server/request-body';

export const init: ServerInit = async () => {
	await startApp();
};

const handleAuth: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	event.locals.authMethod = null;

	const bearer = event.request.headers.get('authorization');
	if (bearer && event.url.pathname.startsWith('/api/')) {
		const match = /^Bearer\s+(\S+)$/i.exec(bearer);
		const check = match ? await checkApiToken(db(), match[1]) : ({ status: 'invalid' } as const);
		const user = check.status === 'valid' ? await findUserById(db(), check.userId) : undefined;
		if (!user) {
			const key = check.status === 'expired' ? 'account.tokenExpired' : 'error.badToken';
			return json(
				{
					error: {
						code: 'unauthorized',
						message: translate(negotiateLocale(event.request.headers.get('accept-language')), key)
					}
				},
				{
					status: 401,
					headers: {
						'www-authenticate':
							check.status === 'expired'
								? 'Bearer error="invalid_token", error_description="token expired"'
								: 'Bearer'
					}
				}
			);
		}
		event.locals.user = {
			id: user.id,
			email: user.email,
			name: user.name,
			isAdmin: user.is_admin === 1,
			locale: user.locale
		};
		event.locals.authMethod = 'token';
		return resolve(event);
	}

	const token = event.cookies.get(sessionCookieName(event.url));
	if (token) {
		const { session, user } = await validateSessionToken(db(), token);
		if (session) {
			setSessionCookie(event.cookies, event.url, token, session);
			event.locals.session = session;
			event.locals.user = user;
			event.locals.authMethod = 'session';
		} else {
			deleteSessionCookie(event.cookies, event.url);
		}
	}
	return resolve(event);
};

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * Cross-site request forgery: a write that rides on the browser's cookie (or on no credentials at all, like
 * the login form) must come from our own origin — form posts always, API writes whatever their body type.
 * Requests with a bearer token carry their credential explicitly and cannot be forged by another site.
 */
const handleCsrf: Handle = async ({ event, resolve }) => {
	const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(event.request.method);
	if (!unsafe || event.locals.authMethod === 'token') return resolve(event);
	// An API call with no credentials at all cannot ride on anyone's session: it gets the API's 401.
	if (event.url.pathname.startsWith('/api/') && !event.locals.user) return resolve(event);
	const type = (event.request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
	const guarded =
		FORM_TYPES.includes(type) ||
		(event.locals.authMethod === 'session' && event.url.pathname.startsWith('/api/'));
	if (guarded && event.request.headers.get('origin') !== event.url.origin) {
		const message = translate(event.locals.locale ?? 'zh-CN', 'error.crossSite');
		if (
			event.url.pathname.startsWith('/api/') ||
			event.request.headers.get('accept') === 'application/json'
		) {
			return json({ error: { code: 'forbidden', message } }, { status: 403 });
		}
		return new Response(message, { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
	}
	return resolve(event);
};

const handleLocale: Handle = async ({ event, resolve }) => {
	const cookie = event.cookies.get(LOCALE_COOKIE);
	const acceptLanguage = event.request.headers.get('accept-language');
	// API clients state their language per request; browsers carry the user's choice in a cookie.
	event.locals.locale =
		event.url.pathname.startsWith('/api/') && acceptLanguage
			? negotiateLocale(acceptLanguage)
			: isLocale(cookie)
				? cookie
				: isLocale(event.locals.user?.locale)
					? event.locals.user.locale
					: negotiateLocale(acceptLanguage);
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
};

/** A body declared larger than BODY_SIZE_LIMIT is refused before anything reads it (chunked ones when read). */
const handleBodyLimit: Handle = async ({ event, resolve }) => refuseOversized(event) ?? resolve(event);

/**
 * A refusal answered before the body was read (401, 403, 413…) leaves the rest of that body on the socket;
 * kept alive, the connection would be reset under the client's next request. Close it cleanly instead.
 */
const handleUnreadBody: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (event.request.body && !event.request.bodyUsed) {
		try {
			response.headers.set('connection', 'close');
		} catch {
			// Immutable headers (a proxied fetch response): nothing to do.
		}
	}
	return response;
};

/**
 * First in the sequence, so the refusals the later handles return early (401, 403) carry the headers too.
 * The Content-Security-Policy itself comes from `kit.csp` (svelte.config.js), which nonces SvelteKit's scripts.
 */
const handleSecurityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	for (const [name, value] of securityHeaders({ https: event.url.protocol === 'https:' })) {
		// A stored PDF is framed by the reviewer's page: its route relaxes DENY to SAMEORIGIN, never further.
		if (name === 'x-frame-options' && response.headers.get(name) === 'SAMEORIGIN') continue;
		response.headers.set(name, value);
	}
	const credentialed =
		!!event.locals.authMethod ||
		event.request.headers.has('authorization') ||
		event.cookies.get(sessionCookieName(event.url)) !== undefined ||
		response.headers.has('set-cookie');
	if (credentialed) response.headers.set('cache-control', NO_STORE);
	return response;
};

export const handle = sequence(
	handleSecurityHeaders,
	handleUnreadBody,
	handleAuth,
	handleLocale,
	handleBodyLimit,
	handleCsrf
);

// Logs the path only: query strings may carry tokens and personal data.
// Only server faults are logged with their stack: a client's bad request (SvelteKit's own 4xx, e.g. a form post
// that is not form-encoded) would otherwise let anyone fill the log.
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status >= 500) console.error(`[workbench] ${event.request.method} ${event.url.pathname}:`, error);
	const locale = event.locals.locale ?? 'zh-CN';
	if (status === 404) return { message: translate(locale, 'error.notFound') };
	if (status === 415) return { message: translate(locale, 'request.notForm') };
	return { message };
};
