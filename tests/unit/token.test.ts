import { describe, expect, it } from 'vitest';
import {
	generateSecureRandomString,
	hashSecret,
	secretMatches,
	splitToken
} from '../../src/lib/server/auth/token';
import { cookieSecure } from '../../src/lib/server/auth/session';

describe('generateSecureRandomString', () => {
	it('yields 24 characters from the unambiguous alphabet, different every time', () => {
		const seen = new Set<string>();
		for (let i = 0; i < 200; i++) {
			const s = generateSecureRandomString();
			expect(s).toMatch(/^[a-km-z2-9]{24}$/);
			expect(s).not.toMatch(/[l01]/);
			seen.add(s);
		}
		expect(seen.size).toBe(200);
	});

	it('uses the whole alphabet', () => {
		const chars = new Set<string>();
		for (let i = 0; i < 200; i++) for (const c of generateSecureRandomString()) chars.add(c);
		expect(chars.size).toBe(32);
	});
});

describe('hashSecret / secretMatches', () => {
	it('hashes to lower-case hex SHA-256', () => {
		expect(hashSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
	});

	it('matches only the secret that was hashed', () => {
		const stored = hashSecret('s3cret');
		expect(secretMatches('s3cret', stored)).toBe(true);
		expect(secretMatches('s3creT', stored)).toBe(false);
		expect(secretMatches('', stored)).toBe(false);
		expect(secretMatches('s3cret', stored.slice(0, 10))).toBe(false);
		expect(secretMatches('s3cret', stored.toUpperCase())).toBe(false);
	});
});

describe('splitToken', () => {
	it('splits an id.secret token', () => {
		expect(splitToken('abc.def')).toEqual({ id: 'abc', secret: 'def' });
	});

	it.each(['', 'abc', '.def', 'abc.', 'a.b.c', '.', `${'a'.repeat(65)}.def`, `abc.${'d'.repeat(65)}`])(
		'refuses %j',
		(token) => {
			expect(splitToken(token)).toBeNull();
		}
	);

	it('accepts parts of exactly 64 characters', () => {
		expect(splitToken(`${'a'.repeat(64)}.${'b'.repeat(64)}`)).not.toBeNull();
	});
});

describe('cookieSecure', () => {
	const saved = process.env.COOKIE_SECURE;
	const restore = () => {
		if (saved === undefined) delete process.env.COOKIE_SECURE;
		else process.env.COOKIE_SECURE = saved;
	};

	it('follows the protocol unless COOKIE_SECURE forces it', () => {
		try {
			delete process.env.COOKIE_SECURE;
			expect(cookieSecure(new URL('https://crm.example.com/'))).toBe(true);
			expect(cookieSecure(new URL('http://127.0.0.1:3000/'))).toBe(false);
			process.env.COOKIE_SECURE = 'true';
			expect(cookieSecure(new URL('http://127.0.0.1:3000/'))).toBe(true);
			process.env.COOKIE_SECURE = 'false';
			expect(cookieSecure(new URL('https://crm.example.com/'))).toBe(false);
		} finally {
			restore();
		}
	});
});
