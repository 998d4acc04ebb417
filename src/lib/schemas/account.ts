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
	password: z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }).max(255, { error: 'validation.tooLong' })
});

export const changePasswordSchema = z.object({
	currentPassword: z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }),
	newPassword
});

export const profileSchema = z.object({
	name: requiredText(NAME_MAX),
	locale: z.enum(LOCALES, { error: 'validation.invalid' })
});

export const tokenSchema = z.object({
	label: requiredText(80)
});

export const adminCreateUserSchema = registerSchema;
