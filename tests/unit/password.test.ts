import { describe, expect, it } from 'vitest';
import {
	checkPasswordStrength,
	hashPassword,
	passwordRefusal,
	verifyPassword
} from '../../src/lib/server/auth/password';
import { commonPasswords } from '../../src/lib/server/auth/common-passwords';

describe('checkPasswordStrength', () => {
	it('counts characters, not UTF-16 units, against the 8 to 255 bounds', async () => {
		expect(await checkPasswordStrength('')).toBe('tooShort');
		expect(await checkPasswordStrength('x7#kq2m')).toBe('tooShort');
		expect(await checkPasswordStrength('x7#kq2mz')).toBeNull();
		// Eight astral characters are 16 UTF-16 units but eight characters.
		expect(await checkPasswordStrength('🔒🔑'.repeat(3) + '🔒')).toBe('tooShort');
		expect(await checkPasswordStrength('🔒🔑'.repeat(4))).toBeNull();
		expect(await checkPasswordStrength('实施工作台的密码')).toBeNull();
	});

	it('refuses more than 255 characters', async () => {
		expect(await checkPasswordStrength('q'.repeat(254) + 'z')).toBeNull();
		expect(await checkPasswordStrength('q'.repeat(255) + 'z')).toBe('tooLong');
		expect(await checkPasswordStrength('密'.repeat(256))).toBe('tooLong');
	});

	it('refuses one character repeated, however long, and in any script', async () => {
		expect(await checkPasswordStrength('a'.repeat(8))).toBe('oneCharacter');
		expect(await checkPasswordStrength('🔒'.repeat(12))).toBe('oneCharacter');
		expect(await checkPasswordStrength('密'.repeat(40))).toBe('oneCharacter');
		expect(await checkPasswordStrength('a'.repeat(39) + 'b')).toBeNull();
	});

	it('refuses passwords made only of whitespace or control characters', async () => {
		expect(await checkPasswordStrength(' '.repeat(10))).toBe('blank');
		expect(await checkPasswordStrength(' \t \t \t \t')).toBe('blank');
		expect(await checkPasswordStrength('\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007')).toBe('blank');
		expect(await checkPasswordStrength('\u3000\u00a0\u200b\u2028 \n\r\t')).toBe('blank');
		expect(await checkPasswordStrength(' \t spaced words \t ')).toBeNull();
	});

	it("refuses a password containing the e-mail's local part, case-insensitively, for local parts of 3+ characters", async () => {
		expect(await checkPasswordStrength('wangmin-2026-crm', 'WangMin@example.com')).toBe('containsEmail');
		expect(await checkPasswordStrength('my WANGMIN secret', 'wangmin@example.com')).toBe('containsEmail');
		expect(await checkPasswordStrength('wangmin-2026-crm', 'li@example.com')).toBeNull();
		expect(await checkPasswordStrength('li-hua-2026-crm', 'li@example.com')).toBeNull();
		expect(await checkPasswordStrength('wangmin-2026-crm', null)).toBeNull();
		expect(await checkPasswordStrength('a sentence about crm', 'pm.client@demo.example.com')).toBeNull();
	});

	it('refuses every password of the maintained common-password list, whatever its case', async () => {
		const list = await commonPasswords();
		// The zxcvbn-ts list: tens of thousands of passwords, not a hand-made handful.
		expect(list.size).toBeGreaterThan(40_000);
		expect(await checkPasswordStrength('password')).toBe('common');
		expect(await checkPasswordStrength('PassWord')).toBe('common');
		expect(await checkPasswordStrength('12345678')).toBe('common');
		expect(await checkPasswordStrength('sunshine1')).toBe('common');
		const longEnough = [...list].filter((p) => [...p].length >= 8 && /\S/.test(p) && new Set(p).size > 1);
		expect(longEnough.length).toBeGreaterThan(10_000);
		for (const p of longEnough.slice(0, 2000)) expect(await checkPasswordStrength(p)).toBe('common');
		expect(await checkPasswordStrength('demo-workbench-2026')).toBeNull();
		expect(await checkPasswordStrength('crm-workbench-e2e-pass')).toBeNull();
	});

	it('names a localised message for every refusal', async () => {
		expect(await passwordRefusal('aaaaaaaa', null)).toBe('validation.passwordOneCharacter');
		expect(await passwordRefusal('wangmin-2026-crm', 'wangmin@example.com')).toBe(
			'validation.passwordContainsEmail'
		);
		expect(await passwordRefusal('correct horse battery', 'wangmin@example.com')).toBeNull();
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
