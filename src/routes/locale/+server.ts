import { redirect } from '@sveltejs/kit';
import { isLocale } from '$lib/i18n';
import { actorOf } from '$lib/server/access';
import { db } from '$lib/server/app';
import { setLocaleCookie } from '$lib/server/locale';
import { updateProfile } from '$lib/server/services/accounts';
import type { RequestHandler } from './$types';
import { readForm } from '$lib/server/request-body';

/** Switches the interface language; remembered in a cookie and, for a signed-in user, on the account. */
export const POST: RequestHandler = async (event) => {
	const form = await readForm(event);
	const locale = form.get('locale');
	const target = String(form.get('redirectTo') ?? '/');
	// Only same-site paths: never let this become an open redirect.
	const safeTarget = target.startsWith('/') && !target.startsWith('//') ? target : '/';
	if (isLocale(locale)) {
		setLocaleCookie(event.cookies, locale);
		if (event.locals.user) await updateProfile(db(), actorOf(event), event.locals.user.id, { locale });
	}
	redirect(303, safeTarget);
};
