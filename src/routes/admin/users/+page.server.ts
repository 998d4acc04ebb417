import { error } from '@sveltejs/kit';
import { adminCreateUserSchema } from '$lib/schemas/account';
import { formToObject, validate } from '$lib/schemas/validate';
import { translate } from '$lib/i18n';
import { actorOf, requireUser } from '$lib/server/access';
import { db } from '$lib/server/app';
import { hashPassword, passwordRefusal } from '$lib/server/auth/password';
import { domainFail, invalidForm } from '$lib/server/forms';
import { listUsers } from '$lib/server/repo/users';
import { createUser, setAdmin, setDisabled } from '$lib/server/services/accounts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { readForm } from '$lib/server/request-body';

function requireAdmin(event: RequestEvent) {
	const user = requireUser(event);
	if (!user.isAdmin) error(403, translate(event.locals.locale, 'admin.only'));
	return user;
}

export const load: PageServerLoad = async (event) => {
	requireAdmin(event);
	return { users: await listUsers(db()) };
};

export const actions: Actions = {
	create: async (event) => {
		requireAdmin(event);
		const { locale } = event.locals;
		const input = formToObject(await readForm(event));
		const v = validate(adminCreateUserSchema, input, locale);
		if (!v.ok) return invalidForm(locale, v.fields, input);
		const refusal = await passwordRefusal(v.data.password, v.data.email);
		if (refusal) return invalidForm(locale, { password: translate(locale, refusal) }, input);
		try {
			const user = await createUser(db(), actorOf(event), {
				email: v.data.email,
				name: v.data.name,
				passwordHash: await hashPassword(v.data.password)
			});
			return { success: translate(locale, 'admin.userCreated', { name: user.name }) };
		} catch (e) {
			return domainFail(e, locale, input);
		}
	},
	setAdmin: async (event) => {
		requireAdmin(event);
		const form = await readForm(event);
		const makeAdmin = form.get('admin') === '1';
		try {
			await setAdmin(db(), actorOf(event), String(form.get('userId') ?? ''), makeAdmin);
		} catch (e) {
			return domainFail(e, event.locals.locale, {});
		}
		return { success: translate(event.locals.locale, makeAdmin ? 'admin.granted' : 'admin.revoked') };
	},
	setDisabled: async (event) => {
		requireAdmin(event);
		const form = await readForm(event);
		const disable = form.get('disabled') === '1';
		try {
			await setDisabled(db(), actorOf(event), String(form.get('userId') ?? ''), disable);
		} catch (e) {
			return domainFail(e, event.locals.locale, {});
		}
		return { success: translate(event.locals.locale, disable ? 'admin.userDisabled' : 'admin.userEnabled') };
	}
};
