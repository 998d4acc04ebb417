import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';

export type Canonical =
	null | boolean | number | string | Canonical[] | { [key: string]: Canonical | undefined };

/**
 * One byte sequence per value, whatever order its keys were built in: object keys sorted by code unit,
 * no whitespace, `undefined` members dropped. A signature binds to these bytes, so two servers (or the same
 * server after a refactor) must produce them identically; non-finite numbers have no JSON form and are refused.
 */
export function canonicalJson(value: Canonical): string {
	if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
		return JSON.stringify(value);
	}
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	const keys = Object.keys(value)
		.filter((k) => value[k] !== undefined)
		.sort();
	return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] as Canonical)}`).join(',')}}`;
}

export function sha256Hex(data: string | Uint8Array): string {
	const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
	return encodeHexLowerCase(sha256(bytes));
}

/** The SHA-256 of a value's canonical form: what a signature records as "the content signed". */
export function contentHash(value: Canonical): string {
	return sha256Hex(canonicalJson(value));
}
