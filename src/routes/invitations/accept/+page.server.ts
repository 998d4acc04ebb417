import { redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { acceptInvitationSchema } from '$lib/schemas/invitations';
import { formToObject, validate } from '$lib/schemas/validate';
import { actorOf, requireUser } from '$lib/server/access';
import { db } from '$lib/server/app';
import { hashPassword, passwordRefusal } from '$lib/server/auth/password';
import { ipRegisterBucket } from '$lib/server/auth/rate-limit';
import { deviceSecretFor, setDeviceCookie, setSessionCookie } from '$lib/server/auth/session';
import { domainFail, formFail, invalidForm } from '$lib/server/forms';
import { readForm } from '$lib/server/request-body';
import { acceptAsUser, acceptWithNewAccount, inspectInvitation } from '$lib/server/services/invitations';
import type { Actions, PageServerLoad } from './$types';

// Opening the link only shows the invitation: mail scanners that prefetch links accept nothing.
export const load: PageServerLoad = async ({ url, locals }) => {
	const token = url.searchParams.get('token') ?? '';
	const link = await inspectInvitation(db(), token);
	return { token, link, signedInAs: locals.user?.email ?? null };
};

export const actions: Actions = {
	/** A person without an account: name and password, then the account and the membership at once. */
	create: async (event) => {
		const { locale } = event.locals;
		const input = formToObject(await readForm(event));
		const token = String(input.token ?? '');
		if (!token) return formFail(400, locale, 'invitations.linkInvalid');
		const v = validate(acceptInvitationSchema, input, locale);
		if (!v.ok) return invalidForm(locale, v.fields, input);
		const link = await inspectInvitation(db(), token);
		if (link.state === 'invalid') return formFail(404, locale, 'invitations.linkInvalid', {}, input);
		const refusal = await passwordRefusal(v.data.password, link.email);
		if (refusal) return invalidForm(locale, { password: translate(locale, refusal) }, input);
		const actor = actorOf(event);
		if (actor.ip && !ipRegisterBucket.consume(actor.ip, 1))
			return formFail(429, locale, 'auth.throttled', {}, input);
		const device = deviceSecretFor(event.cookies, event.url);
		let accepted;
		try {
			accepted = await acceptWithNewAccount(
				db(),
				actor,
				token,
				{ name: v.data.name, passwordHash: await hashPassword(v.data.password), locale },
				{ deviceSecret: device, userAgent: event.request.headers.get('user-agent') }
			);
		} catch (e) {
			return domainFail(e, locale, input);
		}
		setSessionCookie(event.cookies, event.url, accepted.token, accepted.session);
		setDeviceCookie(event.cookies, event.url, device);
		redirect(303, `/projects/${accepted.projectId}`);
	},
	/** The signed-in owner of the invited address: one click. */
	join: async (event) => {
		const user = requireUser(event);
		const { locale } = event.locals;
		const input = formToObject(await readForm(event));
		const token = String(input.token ?? '');
		if (!token) return formFail(400, locale, 'invitations.linkInvalid');
		let accepted;
		try {
			accepted = await acceptAsUser(db(), { ...actorOf(event), userId: user.id }, token);
		} catch (e) {
			return domainFail(e, locale, {});
		}
		redirect(303, `/projects/${accepted.projectId}`);
	}
};
