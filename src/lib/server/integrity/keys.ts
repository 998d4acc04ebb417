import { createHash, createHmac, randomBytes } from 'node:crypto';
import {
	closeSync,
	fsyncSync,
	linkSync,
	mkdirSync,
	openSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeSync
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Mac } from '../../signoff/chain';
import { parseDatabaseUrl } from '../db/index';

/**
 * The integrity keys: HMAC-SHA-256 secrets that seal signatures, link the audit chain and sign anchors. They
 * live outside the database (an environment variable or a key file), so someone who can edit the database
 * cannot recompute a seal. Rotation adds a key; older keys stay so rows sealed under them still verify.
 */
export interface Keyring {
	currentId: string;
	keys: ReadonlyMap<string, Buffer>;
	source: 'env' | 'file' | 'memory';
	/** The key file, when keys come from one. */
	path: string | null;
}

interface KeyFile {
	version: 1;
	current: string;
	keys: { id: string; key: string; createdAt: string }[];
}

const KEY_ID = /^[A-Za-z0-9._-]{1,40}$/;
const MIN_KEY_BYTES = 16;

/** Key material as hex (an even number of hex digits) or base64; at least 16 bytes, 32 recommended. */
export function parseKeyMaterial(text: string): Buffer {
	const value = text.trim();
	let bytes: Buffer | null = null;
	if (/^(?:[0-9a-fA-F]{2})+$/.test(value)) bytes = Buffer.from(value, 'hex');
	else if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) bytes = Buffer.from(value, 'base64');
	if (!bytes || bytes.length < MIN_KEY_BYTES)
		throw new Error(`integrity key: expected at least ${MIN_KEY_BYTES} bytes as hex or base64`);
	return bytes;
}

/** A key's id when none is given: a fingerprint, stable for the same secret and revealing nothing of it. */
export function keyFingerprint(key: Buffer): string {
	return `k-${createHash('sha256').update('workbench-integrity-key-id').update(key).digest('hex').slice(0, 12)}`;
}

/** `WORKBENCH_INTEGRITY_KEY`: `[id:]secret`, comma-separated; the first is current, the rest verify older rows. */
export function keyringFromEnv(value: string): Keyring {
	const keys = new Map<string, Buffer>();
	let currentId = '';
	for (const part of value
		.split(',')
		.map((p) => p.trim())
		.filter(Boolean)) {
		const colon = part.indexOf(':');
		const key = parseKeyMaterial(colon > 0 ? part.slice(colon + 1) : part);
		const id = colon > 0 ? part.slice(0, colon) : keyFingerprint(key);
		if (!KEY_ID.test(id)) throw new Error(`integrity key: bad key id "${id}"`);
		if (keys.has(id)) throw new Error(`integrity key: key id "${id}" given twice`);
		keys.set(id, key);
		currentId ||= id;
	}
	if (!currentId) throw new Error('integrity key: WORKBENCH_INTEGRITY_KEY is empty');
	return { currentId, keys, source: 'env', path: null };
}

export function readKeyFile(path: string): Keyring {
	const parsed = JSON.parse(readFileSync(path, 'utf8')) as KeyFile;
	if (parsed?.version !== 1 || !Array.isArray(parsed.keys))
		throw new Error(`integrity key file ${path}: unknown format`);
	const keys = new Map<string, Buffer>();
	for (const k of parsed.keys) {
		if (!KEY_ID.test(k.id)) throw new Error(`integrity key file ${path}: bad key id "${k.id}"`);
		keys.set(k.id, parseKeyMaterial(k.key));
	}
	if (!keys.has(parsed.current))
		throw new Error(`integrity key file ${path}: the current key "${parsed.current}" is not in the file`);
	return { currentId: parsed.current, keys, source: 'file', path };
}

/**
 * Writes the whole file next to its final name with mode 0600 and flushes it, then moves it into place:
 * replacing the old file (rotation), or only if there is none yet (creation: two processes starting at once
 * must not each make their own first key).
 */
function writeKeyFile(path: string, content: KeyFile, mode: 'replace' | 'create'): void {
	mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
	const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
	const fd = openSync(tmp, 'wx', 0o600);
	try {
		writeSync(fd, `${JSON.stringify(content, null, 2)}\n`);
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
	try {
		if (mode === 'replace') renameSync(tmp, path);
		else linkSync(tmp, path);
	} finally {
		if (mode === 'create') rmSync(tmp, { force: true });
	}
	fsyncDirectory(dirname(path));
}

export function fsyncDirectory(dir: string): void {
	try {
		const fd = openSync(dir, 'r');
		try {
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
	} catch {
		// Some platforms cannot open a directory for fsync; the rename itself is still atomic.
	}
}

function fileContent(ring: Keyring, createdAt: Map<string, string>): KeyFile {
	return {
		version: 1,
		current: ring.currentId,
		keys: [...ring.keys].map(([id, key]) => ({
			id,
			key: key.toString('base64'),
			createdAt: createdAt.get(id) ?? ''
		}))
	};
}

function createdDates(path: string): Map<string, string> {
	try {
		const parsed = JSON.parse(readFileSync(path, 'utf8')) as KeyFile;
		return new Map(parsed.keys.map((k) => [k.id, k.createdAt]));
	} catch {
		return new Map();
	}
}

/**
 * k1-3fa9c2, k2-…: numbered for people, with a random tail so a key file lost and created anew never reuses an
 * id — rows sealed under the lost key are then reported as "key missing", not as tampered with.
 */
function newKeyId(n: number): string {
	return `k${n}-${randomBytes(3).toString('hex')}`;
}

/** The key file, created with one fresh 256-bit key on first use. */
export function loadOrCreateKeyFile(path: string): Keyring {
	try {
		return readKeyFile(path);
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
	}
	const id = newKeyId(1);
	const ring: Keyring = { currentId: id, keys: new Map([[id, randomBytes(32)]]), source: 'file', path };
	try {
		writeKeyFile(path, fileContent(ring, new Map([[id, new Date().toISOString()]])), 'create');
	} catch (e) {
		// Another process created it first: use theirs.
		if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
	}
	return readKeyFile(path);
}

/** Adds a fresh key and makes it current; every older key stays in the file for verification. */
export function rotateKeyFile(path: string): { keyId: string; previous: string; keys: number } {
	const ring = loadOrCreateKeyFile(path);
	const created = createdDates(path);
	const keyId = newKeyId(ring.keys.size + 1);
	const keys = new Map(ring.keys);
	keys.set(keyId, randomBytes(32));
	created.set(keyId, new Date().toISOString());
	writeKeyFile(path, fileContent({ ...ring, keys, currentId: keyId }, created), 'replace');
	return { keyId, previous: ring.currentId, keys: keys.size };
}

/** Where the key file lives: INTEGRITY_KEY_FILE, else beside (not inside) the SQLite file, else ./data. */
export function defaultKeyFilePath(env: NodeJS.ProcessEnv = process.env): string {
	if (env.INTEGRITY_KEY_FILE?.trim()) return resolve(env.INTEGRITY_KEY_FILE.trim());
	return join(dataDirectory(env), 'integrity-keys.json');
}

/** The folder beside the database file (for PostgreSQL or an in-memory database, ./data under the working directory). */
export function dataDirectory(env: NodeJS.ProcessEnv = process.env): string {
	const { dialect, target } = parseDatabaseUrl(env.DATABASE_URL);
	return dialect === 'sqlite' && target !== ':memory:' ? dirname(resolve(target)) : resolve('data');
}

export function keyringFromEnvironment(env: NodeJS.ProcessEnv = process.env): Keyring {
	const value = env.WORKBENCH_INTEGRITY_KEY?.trim();
	return value ? keyringFromEnv(value) : loadOrCreateKeyFile(defaultKeyFilePath(env));
}

let configured: Keyring | null = null;
let loaded: { ring: Keyring; mtimeMs: number; checkedAt: number } | null = null;
const RECHECK_MS = 5_000;

/**
 * The keys in force. A key file is re-read when it changes (checked at most every few seconds), so
 * `integrity rotate-key` takes effect in a running server without a restart.
 */
export function integrityKeys(): Keyring {
	if (configured) return configured;
	const now = Date.now();
	if (loaded && (loaded.ring.source !== 'file' || now - loaded.checkedAt < RECHECK_MS)) return loaded.ring;
	if (loaded?.ring.path) {
		const mtimeMs = statMtime(loaded.ring.path);
		if (mtimeMs === loaded.mtimeMs || mtimeMs === -1) {
			// A key file that vanished under a running server is not replaced by a new key: keep sealing with the known one.
			if (mtimeMs === -1 && loaded.mtimeMs !== -1)
				console.error(
					`[workbench] integrity key file ${loaded.ring.path} is gone; restore it from its backup`
				);
			loaded.checkedAt = now;
			loaded.mtimeMs = mtimeMs;
			return loaded.ring;
		}
	}
	const ring = keyringFromEnvironment();
	loaded = { ring, mtimeMs: ring.path ? statMtime(ring.path) : 0, checkedAt: now };
	return ring;
}

function statMtime(path: string): number {
	try {
		return statSync(path).mtimeMs;
	} catch {
		return -1;
	}
}

/** Tests and tools pin the keys; null goes back to the environment. */
export function useKeyring(ring: Keyring | null): void {
	configured = ring;
	loaded = null;
}

export function memoryKeyring(
	keys: Record<string, Buffer | string>,
	currentId = Object.keys(keys)[0]
): Keyring {
	const map = new Map(
		Object.entries(keys).map(([id, k]) => [id, typeof k === 'string' ? parseKeyMaterial(k) : k])
	);
	return { currentId, keys: map, source: 'memory', path: null };
}

export function macWith(ring: Keyring): Mac {
	return (keyId, message) => {
		const key = ring.keys.get(keyId);
		return key ? createHmac('sha256', key).update(message, 'utf8').digest('hex') : null;
	};
}

/** The current key's id and a MAC with it: what every new seal, audit row and anchor is written with. */
export function currentMac(): { keyId: string; mac: Mac; ring: Keyring } {
	const ring = integrityKeys();
	return { keyId: ring.currentId, mac: macWith(ring), ring };
}
