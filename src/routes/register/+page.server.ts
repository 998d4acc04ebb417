import { redirect } from '@sveltejs/kit';
import { registerSchema } from '$lib/schemas/account';
import { formToObject, validate } from '$lib/schemas/validate';
import { actorOf } from '$lib/server/access';
import { db } from '$lib/server/app';
import { checkPasswordStrength, hashPassword } from '$lib/server/auth/password';
import { ipRegisterBucket } from '$lib/server/auth/rate-limit';
import { createSession, setSessionCookie } from '$lib/server/auth/session';
import { domainFail, formFail, invalidForm } from '$lib/server/forms';
import { translate } from '$lib/i18n';
import { createUser } from '$lib/server/repo/users';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/request-body';

export const load: PageServerLoad = async ({ locals }) => {
	if (locals.user) redirect(303, '/projects');
};

export const actions: Actions = {
	default: async (event) => {
		const { locale } = event.locals;
		const input = formToObject(await readForm(event));
		const v = validate(registerSchema, input, locale);
		if (!v.ok) return invalidForm(locale, v.fields, input);
		if (checkPasswordStrength(v.data.password) === 'common') {
			return invalidForm(locale, { password: translate(locale, 'validation.passwordCommon') }, input);
		}
		const actor = actorOf(event);
		if (actor.ip && !ipRegisterBucket.consume(actor.ip, 1)) return formFail(429, locale, 'auth.throttled', {}, input);

		let created;
		try {
			const user = await createUser(db(), actor, {
				email: v.data.email,
				name: v.data.name,
				passwordHash: await hashPassword(v.data.password),
				locale
			});
			created = await createSession(db(), user.id, { ip: actor.ip, userAgent: event.request.headers.get('user-agent') });
		} catch (e) {
			return domainFail(e, locale, input);
		}
		setSessionCookie(event.cookies, event.url, created.token, created.session);
		redirect(303, '/projects');
	}
};
