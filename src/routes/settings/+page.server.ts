import {
	changePasswordSchema,
	DEFAULT_TOKEN_LIFETIME_DAYS,
	profileSchema,
	TOKEN_LIFETIME_DAYS,
	tokenSchema
} from '$lib/schemas/account';
import { formToObject, validate } from '$lib/schemas/validate';
import { translate } from '$lib/i18n';
import { actorOf, requireUser } from '$lib/server/access';
import { db } from '$lib/server/app';
import { confirmPassword } from '$lib/server/auth/login';
import { hashPassword, passwordRefusal } from '$lib/server/auth/password';
import { deviceSecretFor, setDeviceCookie } from '$lib/server/auth/session';
import { listUserSessions } from '$lib/server/auth/session';
import { domainFail, formFail, invalidForm } from '$lib/server/forms';
import { setLocaleCookie } from '$lib/server/locale';
import { listApiTokens } from '$lib/server/repo/tokens';
import { createApiToken, revokeApiToken } from '$lib/server/services/tokens';
import { feedCreatedAt } from '$lib/server/repo/calendar-feeds';
import { renewCalendarFeed, revokeCalendarFeed } from '$lib/server/services/plan/feeds';
import { setPassword, updateProfile } from '$lib/server/services/accounts';
import { revokeOwnSession } from '$lib/server/services/sessions';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/request-body';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const [sessions, tokens, feedSince] = await Promise.all([
		listUserSessions(db(), user.id),
		listApiTokens(db(), user.id),
		feedCreatedAt(db(), user.id)
	]);
	return {
		profile: { name: user.name, email: user.email, locale: event.locals.locale },
		sessions: sessions.map((s) => ({ ...s, current: s.id === event.locals.session?.id })),
		tokens: tokens.map((t) => ({ ...t, expired: Date.now() >= Date.parse(t.expiresAt) })),
		tokenLifetimes: TOKEN_LIFETIME_DAYS,
		defaultTokenLifetime: DEFAULT_TOKEN_LIFETIME_DAYS,
		feedSince
	};
};

export const actions: Actions = {
	renewFeed: async (event) => {
		const user = requireUser(event);
		const token = await renewCalendarFeed(db(), actorOf(event), user.id);
		return {
			section: 'feed',
			feedUrl: `${event.url.origin}/feeds/${token}.ics`,
			success: translate(event.locals.locale, 'feed.created')
		};
	},
	revokeFeed: async (event) => {
		const user = requireUser(event);
		await revokeCalendarFeed(db(), actorOf(event), user.id);
		return { section: 'feed', success: translate(event.locals.locale, 'feed.revoked') };
	},
	profile: async (event) => {
		const user = requireUser(event);
		const input = formToObject(await readForm(event));
		const v = validate(profileSchema, input, event.locals.locale);
		if (!v.ok) return invalidForm(event.locals.locale, v.fields, input);
		await updateProfile(db(), actorOf(event), user.id, v.data);
		setLocaleCookie(event.cookies, v.data.locale);
		return { section: 'profile', success: translate(v.data.locale, 'settings.profileSaved') };
	},
	password: async (event) => {
		const user = requireUser(event);
		const { locale } = event.locals;
		const input = formToObject(await readForm(event));
		const v = validate(changePasswordSchema, input, locale);
		if (!v.ok) return invalidForm(locale, v.fields, input);
		const check = await confirmPassword(db(), user.id, v.data.currentPassword);
		if (!check.ok) {
			return check.reason === 'throttled'
				? formFail(429, locale, 'auth.throttled', {}, input)
				: invalidForm(locale, { currentPassword: translate(locale, 'settings.wrongPassword') }, input);
		}
		const refusal = await passwordRefusal(v.data.newPassword, user.email);
		if (refusal) return invalidForm(locale, { newPassword: translate(locale, refusal) }, input);
		// Known devices are forgotten with the old password; the browser that just proved the new one stays known.
		const device = deviceSecretFor(event.cookies, event.url);
		await setPassword(
			db(),
			actorOf(event),
			user.id,
			await hashPassword(v.data.newPassword),
			event.locals.session?.id ?? null,
			device
		);
		setDeviceCookie(event.cookies, event.url, device);
		return { section: 'password', success: translate(locale, 'account.passwordChanged') };
	},
	revokeSession: async (event) => {
		const user = requireUser(event);
		const id = String((await readForm(event)).get('sessionId') ?? '');
		if (!(await revokeOwnSession(db(), actorOf(event), user.id, id)))
			return formFail(404, event.locals.locale, 'error.notFound');
		return { section: 'sessions', success: translate(event.locals.locale, 'settings.sessionRevoked') };
	},
	createToken: async (event) => {
		const user = requireUser(event);
		const input = formToObject(await readForm(event));
		const v = validate(tokenSchema, input, event.locals.locale);
		if (!v.ok) return invalidForm(event.locals.locale, v.fields, input);
		const created = await createApiToken(db(), actorOf(event), user.id, v.data.label, v.data.expiresInDays);
		return {
			section: 'tokens',
			newToken: created.token,
			success: translate(event.locals.locale, 'settings.tokenCreated')
		};
	},
	revokeToken: async (event) => {
		const user = requireUser(event);
		const id = String((await readForm(event)).get('tokenId') ?? '');
		try {
			await revokeApiToken(db(), actorOf(event), user.id, id);
		} catch (e) {
			return domainFail(e, event.locals.locale, {});
		}
		return { section: 'tokens', success: translate(event.locals.locale, 'settings.tokenRevoked') };
	}
};
