import { z } from 'zod';
import { LOCALES } from '../i18n';
import { email, newPassword, requiredText } from './common';
import { NAME_MAX } from './limits';

export const registerSchema = z.object({
	name: requiredText(NAME_MAX),
	email,
	password: newPassword
});

export const loginSchema = z.object({
	email,
	password: z
		.string({ error: 'validation.required' })
		.min(1, { error: 'validation.required' })
		.max(255, { error: 'validation.tooLong' })
});

export const changePasswordSchema = z.object({
	currentPassword: z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }),
	newPassword
});

export const profileSchema = z.object({
	name: requiredText(NAME_MAX),
	locale: z.enum(LOCALES, { error: 'validation.invalid' })
});

/** Lifetimes offered when a token is created, in days; every token expires. */
export const TOKEN_LIFETIME_DAYS = [7, 30, 90, 365] as const;
export const DEFAULT_TOKEN_LIFETIME_DAYS = 90;

export const tokenSchema = z.object({
	label: requiredText(80),
	expiresInDays: z.coerce
		.number({ error: 'validation.tokenLifetime' })
		.int({ error: 'validation.tokenLifetime' })
		.refine((d) => (TOKEN_LIFETIME_DAYS as readonly number[]).includes(d), {
			error: 'validation.tokenLifetime'
		})
		.default(DEFAULT_TOKEN_LIFETIME_DAYS)
		.describe('Days until the token expires: 7, 30, 90 (default) or 365')
});

export const adminCreateUserSchema = registerSchema;
