import { redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { registerSchema } from '$lib/schemas/account';
import { formToObject, validate } from '$lib/schemas/validate';
import { actorOf } from '$lib/server/access';
import { db } from '$lib/server/app';
import { hashPassword, passwordRefusal } from '$lib/server/auth/password';
import { ipRegisterBucket } from '$lib/server/auth/rate-limit';
import { requestRegistration } from '$lib/server/services/registration';
import { formFail, invalidForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/request-body';

export const load: PageServerLoad = async ({ locals }) => {
	if (locals.user) redirect(303, '/projects');
};

export const actions: Actions = {
	// The same answer whether or not the address is registered: "we wrote to it" (see requestRegistration).
	default: async (event) => {
		const { locale } = event.locals;
		const input = formToObject(await readForm(event));
		const v = validate(registerSchema, input, locale);
		if (!v.ok) return invalidForm(locale, v.fields, input);
		const refusal = await passwordRefusal(v.data.password, v.data.email);
		if (refusal) return invalidForm(locale, { password: translate(locale, refusal) }, input);
		const actor = actorOf(event);
		if (actor.ip && !ipRegisterBucket.consume(actor.ip, 1))
			return formFail(429, locale, 'auth.throttled', {}, input);

		// Hashed either way, so the time taken does not tell a new address from a registered one.
		const passwordHash = await hashPassword(v.data.password);
		await requestRegistration(
			db(),
			{ email: v.data.email, name: v.data.name, passwordHash, locale },
			event.url.origin
		);
		return { sent: v.data.email };
	}
};
