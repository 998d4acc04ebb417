import { hash, verify } from '@node-rs/argon2';
import type { MessageKey } from '../../i18n';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../schemas/limits';
import { commonPasswords } from './common-passwords';

// OWASP's argon2id minimum: m=19456 KiB, t=2, p=1. @node-rs/argon2 hashes on the libuv pool, off the event loop.
const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export function hashPassword(password: string): Promise<string> {
	return hash(password, { ...ARGON2_OPTIONS, algorithm: 2 /* Argon2id */ });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

export type PasswordProblem = 'tooShort' | 'tooLong' | 'blank' | 'oneCharacter' | 'containsEmail' | 'common';

/** The message shown next to the password field for each refusal. */
export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, MessageKey> = {
	tooShort: 'validation.passwordTooShort',
	tooLong: 'validation.passwordTooLong',
	blank: 'validation.passwordBlank',
	oneCharacter: 'validation.passwordOneCharacter',
	containsEmail: 'validation.passwordContainsEmail',
	common: 'validation.passwordCommon'
};

/** Local parts shorter than this (e.g. "li") would refuse too many good passwords to be worth checking. */
const MIN_LOCAL_PART = 3;

/**
 * NIST 800-63B: length bounds and a blocklist, no composition rules. Refused besides: a password that is
 * only whitespace or control characters, one character repeated, one containing the e-mail's local part
 * (case-insensitive), or one in the common-password list.
 */
export async function checkPasswordStrength(
	password: string,
	email: string | null = null
): Promise<PasswordProblem | null> {
	const chars = [...password];
	if (chars.length < PASSWORD_MIN_LENGTH) return 'tooShort';
	if (chars.length > PASSWORD_MAX_LENGTH) return 'tooLong';
	if (/^[\s\p{C}]+$/u.test(password)) return 'blank';
	if (new Set(chars).size === 1) return 'oneCharacter';
	const localPart = email?.trim().toLowerCase().split('@')[0] ?? '';
	if ([...localPart].length >= MIN_LOCAL_PART && password.toLowerCase().includes(localPart))
		return 'containsEmail';
	if ((await commonPasswords()).has(password.toLowerCase())) return 'common';
	return null;
}

/** The localised-message key for a refused password, or null when it is acceptable. */
export async function passwordRefusal(password: string, email: string | null): Promise<MessageKey | null> {
	const problem = await checkPasswordStrength(password, email);
	return problem ? PASSWORD_PROBLEM_MESSAGES[problem] : null;
}
