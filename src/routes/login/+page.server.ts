import { fail, redirect } from '@sveltejs/kit';
import { loginSchema } from '$lib/schemas/account';
import { echo, formToObject, validate, type FieldErrors } from '$lib/schemas/validate';
import { actorOf } from '$lib/server/access';
import { db } from '$lib/server/app';
import { attemptLogin } from '$lib/server/auth/login';
import {
	deviceSecretFor,
	readDeviceSecret,
	setDeviceCookie,
	setSessionCookie
} from '$lib/server/auth/session';
import { formFail, invalidForm, type FormFailure } from '$lib/server/forms';
import { logIn } from '$lib/server/services/sessions';
import { translate } from '$lib/i18n';
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
		const outcome = await attemptLogin(
			db(),
			v.data.email,
			v.data.password,
			actor.ip,
			readDeviceSecret(event.cookies, event.url)
		);
		if (!outcome.ok) {
			switch (outcome.reason) {
				case 'throttled':
					event.setHeaders({ 'retry-after': String(outcome.retryAfterSeconds) });
					return fail(429, {
						message: translate(locale, 'account.throttledFor', { seconds: outcome.retryAfterSeconds }),
						fields: {} as FieldErrors,
						values: echo(input)
					} satisfies FormFailure);
				case 'newDeviceLocked':
					event.setHeaders({ 'retry-after': String(outcome.retryAfterSeconds) });
					// Not a bare error: the owner learns what happened and that their usual browser still works.
					return fail(429, {
						message: translate(locale, 'account.newDeviceLocked', {
							minutes: Math.ceil(outcome.retryAfterSeconds / 60)
						}),
						fields: {} as FieldErrors,
						values: echo(input)
					} satisfies FormFailure);
				case 'disabled':
					return formFail(403, locale, 'account.disabled', {}, input);
				default:
					return formFail(400, locale, 'auth.invalidCredentials', {}, input);
			}
		}
		const device = deviceSecretFor(event.cookies, event.url);
		const { session, token } = await logIn(db(), actor, outcome.userId, {
			deviceSecret: device,
			userAgent: event.request.headers.get('user-agent')
		});
		setSessionCookie(event.cookies, event.url, token, session);
		setDeviceCookie(event.cookies, event.url, device);
		redirect(303, safeNext(event.url.searchParams.get('next')));
	}
};
