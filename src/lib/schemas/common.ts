import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './limits';

/** Trimmed text with a localised "required" and "too long" message. */
export const requiredText = (max: number) =>
	z
		.string({ error: 'validation.required' })
		.trim()
		.min(1, { error: 'validation.required' })
		.max(max, { error: 'validation.tooLong' });

export const optionalText = (max: number) =>
	z.string({ error: 'validation.invalid' }).trim().max(max, { error: 'validation.tooLong' }).default('');

export const email = z
	.string({ error: 'validation.required' })
	.trim()
	.toLowerCase()
	.min(1, { error: 'validation.required' })
	.max(254, { error: 'validation.tooLong' })
	.pipe(z.email({ error: 'validation.email' }));

export const isoDate = z
	.string({ error: 'validation.required' })
	.trim()
	.min(1, { error: 'validation.required' })
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.date' })
	.refine(
		(s) => {
			const d = new Date(`${s}T00:00:00Z`);
			return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
		},
		{ error: 'validation.date' }
	);

export const newPassword = z
	.string({ error: 'validation.required' })
	.min(1, { error: 'validation.required' })
	.refine((s) => [...s].length >= PASSWORD_MIN_LENGTH, { error: 'validation.passwordTooShort' })
	.refine((s) => [...s].length <= PASSWORD_MAX_LENGTH, { error: 'validation.passwordTooLong' });

/**
 * A number posted by a form (a string, read as before: an empty field is 0) or sent as JSON (a number).
 * Anything else stays as it is and is refused: plain coercion would read [] and null as 0 and true as 1.
 */
export const numeric = <T extends z.ZodType>(schema: T) =>
	z.preprocess((v) => (typeof v === 'string' ? Number(v) : v), schema);

export const version = numeric(
	z
		.number({ error: 'validation.version' })
		.int({ error: 'validation.version' })
		.min(1, { error: 'validation.version' })
);
