import { redirect } from '@sveltejs/kit';
import { loginSchema } from '$lib/schemas/account';
import { formToObject, validate } from '$lib/schemas/validate';
import { actorOf } from '$lib/server/access';
import { db } from '$lib/server/app';
import { attemptLogin } from '$lib/server/auth/login';
import { createSession, setSessionCookie } from '$lib/server/auth/session';
import { formFail, invalidForm } from '$lib/server/forms';
import { recordAudit } from '$lib/server/repo/audit';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/request-body';

function safeNext(next: string | null): string {
	return next && next.startsWith('/') && !next.startsWith('//') ? next : '/projects';
}

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
};

export const actions: Actions = {
	default: async (event) => {
		const { locale } = event.locals;
		const input = formToObject(await readForm(event));
		const v = validate(loginSchema, input, locale);
		if (!v.ok) return invalidForm(locale, v.fields, input);

		const actor = actorOf(event);
		const outcome = await attemptLogin(db(), v.data.email, v.data.password, actor.ip);
		if (!outcome.ok) {
			return outcome.reason === 'throttled'
				? formFail(429, locale, 'auth.throttled', {}, input)
				: formFail(400, locale, 'auth.invalidCredentials', {}, input);
		}
		const { session, token } = await db().transaction().execute(async (trx) => {
			const created = await createSession(trx, outcome.userId, {
				ip: actor.ip,
				userAgent: event.request.headers.get('user-agent')
			});
			await recordAudit(trx, { ...actor, userId: outcome.userId }, { action: 'session.login', objectType: 'session', objectId: created.session.id });
			return created;
		});
		setSessionCookie(event.cookies, event.url, token, session);
		redirect(303, safeNext(event.url.searchParams.get('next')));
	}
};
