import { describe, expect, it } from 'vitest';
import { checkPasswordStrength, hashPassword, verifyPassword } from '../../src/lib/server/auth/password';
import { COMMON_PASSWORDS } from '../../src/lib/server/auth/common-passwords';

describe('checkPasswordStrength', () => {
	it('rejects fewer than 8 characters, counting code points rather than UTF-16 units', () => {
		expect(checkPasswordStrength('')).toBe('tooShort');
		expect(checkPasswordStrength('x7#kq2m')).toBe('tooShort');
		expect(checkPasswordStrength('x7#kq2mz')).toBeNull();
		// Seven emoji are fourteen UTF-16 units but only seven characters.
		expect(checkPasswordStrength('🔒'.repeat(7))).toBe('tooShort');
		expect(checkPasswordStrength('🔒'.repeat(8))).toBeNull();
		expect(checkPasswordStrength('实施工作台的密码')).toBeNull();
	});

	it('rejects more than 255 characters', () => {
		expect(checkPasswordStrength('q'.repeat(254) + 'z')).toBeNull();
		expect(checkPasswordStrength('q'.repeat(255) + 'z')).toBe('tooLong');
		expect(checkPasswordStrength('密'.repeat(256))).toBe('tooLong');
	});

	it('rejects the common passwords whatever their case', () => {
		expect(COMMON_PASSWORDS.size).toBe(3000);
		expect(checkPasswordStrength('password')).toBe('common');
		expect(checkPasswordStrength('PassWord')).toBe('common');
		expect(checkPasswordStrength('12345678')).toBe('common');
		// Every long-enough list entry is refused.
		const longEnough = [...COMMON_PASSWORDS].filter((p) => [...p].length >= 8);
		expect(longEnough.length).toBeGreaterThan(100);
		expect(longEnough.every((p) => checkPasswordStrength(p) === 'common')).toBe(true);
		expect(checkPasswordStrength('demo-workbench-2026')).toBeNull();
	});
});

describe('hashPassword / verifyPassword', () => {
	it('hashes with argon2id at the OWASP parameters and verifies only the right password', async () => {
		const hash = await hashPassword('correct horse battery');
		expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(hash).not.toContain('correct horse battery');
		expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
		expect(await verifyPassword(hash, 'correct horse batterY')).toBe(false);
		expect(await verifyPassword(hash, '')).toBe(false);
	});

	it('answers false, not an exception, for a malformed stored hash', async () => {
		expect(await verifyPassword('not-a-hash', 'whatever')).toBe(false);
		expect(await verifyPassword('', 'whatever')).toBe(false);
	});
});
