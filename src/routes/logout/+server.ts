import { json, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { actorOf } from '$lib/server/access';
import { db } from '$lib/server/app';
import { deleteSessionCookie } from '$lib/server/auth/session';
import { logOut } from '$lib/server/services/sessions';
import type { RequestEvent, RequestHandler } from './$types';

/**
 * Only our own pages may log someone out: a post from another site (whatever its content type, so the
 * hook's form check is not enough) or one that names no origin at all is refused.
 */
function sameOrigin(event: RequestEvent): boolean {
	const origin = event.request.headers.get('origin');
	if (origin) return origin === event.url.origin;
	return event.request.headers.get('sec-fetch-site') === 'same-origin';
}

export const POST: RequestHandler = async (event) => {
	if (!sameOrigin(event)) {
		const message = translate(event.locals.locale, 'error.crossSite');
		if ((event.request.headers.get('accept') ?? '').includes('application/json')) {
			return json({ error: { code: 'forbidden', message } }, { status: 403 });
		}
		return new Response(message, { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
	}
	const session = event.locals.session;
	if (session) await logOut(db(), actorOf(event), session.id);
	deleteSessionCookie(event.cookies, event.url);
	redirect(303, '/login');
};
