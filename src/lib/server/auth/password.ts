import { hash, verify } from '@node-rs/argon2';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../schemas/limits';
import { COMMON_PASSWORDS } from './common-passwords';

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

export type PasswordProblem = 'tooShort' | 'tooLong' | 'common';

/** NIST 800-63B: length bounds and a blocklist, no composition rules. */
export function checkPasswordStrength(password: string): PasswordProblem | null {
	const length = [...password].length;
	if (length < PASSWORD_MIN_LENGTH) return 'tooShort';
	if (length > PASSWORD_MAX_LENGTH) return 'tooLong';
	if (COMMON_PASSWORDS.has(password.toLowerCase())) return 'common';
	return null;
}
