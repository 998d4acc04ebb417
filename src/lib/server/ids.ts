import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** 120 random bits, base32: unguessable, URL-safe, and the same type on every dialect. */
export function newId(): string {
	const bytes = new Uint8Array(15);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function nowIso(): string {
	return new Date().toISOString();
}
