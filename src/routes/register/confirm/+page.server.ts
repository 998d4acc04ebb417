import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { actorOf } from '$lib/server/access';
import { db } from '$lib/server/app';
import { confirmRegistration, findPendingRegistration } from '$lib/server/services/registration';
import { deviceSecretFor, setDeviceCookie, setSessionCookie } from '$lib/server/auth/session';
import { formFail, domainFail } from '$lib/server/forms';
import { readForm } from '$lib/server/request-body';
import type { Actions, PageServerLoad } from './$types';

// Opening the link only shows a confirmation button: mail scanners that prefetch links create nothing.
export const load: PageServerLoad = async ({ url, locals }) => {
	const token = url.searchParams.get('token') ?? '';
	const pending = await findPendingRegistration(db(), token);
	if (!pending) error(404, translate(locals.locale, 'register.linkInvalid'));
	return { token, name: pending.name, email: pending.email };
};

export const actions: Actions = {
	default: async (event) => {
		const { locale } = event.locals;
		const token = String((await readForm(event)).get('token') ?? '');
		if (!token) return formFail(400, locale, 'register.linkInvalid');
		let created;
		const device = deviceSecretFor(event.cookies, event.url);
		try {
			created = await confirmRegistration(db(), actorOf(event), token, {
				deviceSecret: device,
				userAgent: event.request.headers.get('user-agent')
			});
		} catch (e) {
			return domainFail(e, locale, {});
		}
		setSessionCookie(event.cookies, event.url, created.token, created.session);
		setDeviceCookie(event.cookies, event.url, device);
		redirect(303, '/projects');
	}
};
