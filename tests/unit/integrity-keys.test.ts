import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
	appendAnchor,
	anchorPath,
	readAnchors,
	useAnchorDirectory
} from '../../src/lib/server/integrity/anchors';
import {
	defaultKeyFilePath,
	keyFingerprint,
	keyringFromEnv,
	loadOrCreateKeyFile,
	macWith,
	memoryKeyring,
	parseKeyMaterial,
	readKeyFile,
	rotateKeyFile
} from '../../src/lib/server/integrity/keys';
import { compareWithAnchors, parseAnchors, signAnchor, type Anchor } from '../../src/lib/signoff/anchor';

const temp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

describe('integrity keys', () => {
	it('reads key material as hex or base64 and refuses short or garbled keys', () => {
		const key = randomBytes(32);
		expect(parseKeyMaterial(key.toString('hex'))).toEqual(key);
		expect(parseKeyMaterial(key.toString('base64'))).toEqual(key);
		expect(() => parseKeyMaterial(randomBytes(8).toString('hex'))).toThrow(/at least 16 bytes/);
		expect(() => parseKeyMaterial('not a key!')).toThrow(/hex or base64/);
	});

	it('takes keys from WORKBENCH_INTEGRITY_KEY, the first one current, ids given or fingerprinted', () => {
		const [a, b] = [randomBytes(32), randomBytes(32)];
		const ring = keyringFromEnv(`k2:${b.toString('base64')}, k1:${a.toString('hex')}`);
		expect([ring.currentId, [...ring.keys.keys()], ring.source]).toEqual(['k2', ['k2', 'k1'], 'env']);
		expect(ring.keys.get('k1')).toEqual(a);
		const bare = keyringFromEnv(a.toString('hex'));
		expect(bare.currentId).toBe(keyFingerprint(a));
		expect(bare.currentId).not.toContain(a.toString('hex').slice(0, 12));
		expect(() => keyringFromEnv(`k1:${a.toString('hex')},k1:${b.toString('hex')}`)).toThrow(/given twice/);
	});

	it('creates the key file on first use with mode 0600, beside the database and not inside it', () => {
		const dir = temp('workbench-keys-');
		const path = defaultKeyFilePath({ DATABASE_URL: join(dir, 'db', 'workbench.db') });
		expect(path).toBe(join(dir, 'db', 'integrity-keys.json'));
		const ring = loadOrCreateKeyFile(path);
		expect(ring.currentId).toMatch(/^k1-[0-9a-f]{6}$/);
		expect(ring.keys.get(ring.currentId)).toHaveLength(32);
		expect(statSync(path).mode & 0o777).toBe(0o600);
		expect(loadOrCreateKeyFile(path).keys.get(ring.currentId)).toEqual(ring.keys.get(ring.currentId));
		// A key file lost and created anew never reuses the lost key's id.
		const again = loadOrCreateKeyFile(join(temp('workbench-keys-'), 'integrity-keys.json'));
		expect(again.currentId).not.toBe(ring.currentId);
		expect(defaultKeyFilePath({ DATABASE_URL: 'postgres://db/workbench' })).toBe(
			resolve('data', 'integrity-keys.json')
		);
		expect(defaultKeyFilePath({ INTEGRITY_KEY_FILE: '/etc/workbench/keys.json' })).toBe(
			'/etc/workbench/keys.json'
		);
	});

	it('rotates: a new current key, every older key kept byte for byte for verification', () => {
		const path = join(temp('workbench-keys-'), 'integrity-keys.json');
		const first = loadOrCreateKeyFile(path);
		const k1 = first.currentId;
		const rotated = rotateKeyFile(path);
		expect(rotated).toEqual({ keyId: expect.stringMatching(/^k2-[0-9a-f]{6}$/), previous: k1, keys: 2 });
		const after = readKeyFile(path);
		expect(after.currentId).toBe(rotated.keyId);
		expect(after.keys.get(k1)).toEqual(first.keys.get(k1));
		expect(statSync(path).mode & 0o777).toBe(0o600);
		const sealedBefore = macWith(first)(k1, 'message');
		expect(macWith(after)(k1, 'message')).toBe(sealedBefore);
		expect(macWith(memoryKeyring({ k2: after.keys.get(rotated.keyId)! }))(k1, 'message')).toBeNull();
		const file = JSON.parse(readFileSync(path, 'utf8')) as { current: string };
		writeFileSync(path, JSON.stringify({ ...file, current: 'k9' }));
		expect(() => readKeyFile(path)).toThrow(/current key "k9" is not in the file/);
	});
});

describe('anchors', () => {
	const key = randomBytes(32);
	const ring = memoryKeyring({ k1: key });
	const mac = macWith(ring);
	const anchor = (seq: number, rows: number, head: string): Anchor =>
		signAnchor(mac, { v: 1, at: '2026-12-01T00:00:00.000Z', scope: 'p1', seq, rows, head, keyId: 'k1' })!;
	const chain = [
		{ seq: 3, row_hash: 'a'.repeat(64) },
		{ seq: 7, row_hash: 'b'.repeat(64) },
		{ seq: 9, row_hash: 'c'.repeat(64) }
	];

	afterEach(() => useAnchorDirectory(null));

	it('holds while the chain only grows, and fails for a rewound, rewritten or shortened chain', () => {
		const anchors = [anchor(3, 1, 'a'.repeat(64)), anchor(7, 2, 'b'.repeat(64))];
		expect(compareWithAnchors(chain, anchors)).toEqual([]);
		expect(compareWithAnchors(chain.slice(0, 1), anchors)).toEqual([
			{ anchor: anchors[1], problem: 'rowMissing' }
		]);
		expect(compareWithAnchors([chain[0], { seq: 7, row_hash: 'd'.repeat(64) }], anchors)).toEqual([
			{ anchor: anchors[1], problem: 'hashDiffers' }
		]);
		expect(compareWithAnchors(chain.slice(1), anchors)).toEqual([
			{ anchor: anchors[0], problem: 'rowMissing' },
			{ anchor: anchors[1], problem: 'countDiffers' }
		]);
	});

	it('trusts only lines whose MAC verifies with a key on hand', () => {
		const good = anchor(3, 1, 'a'.repeat(64));
		const forged = { ...anchor(7, 2, 'b'.repeat(64)), head: 'e'.repeat(64) };
		const otherKey = {
			...good,
			keyId: 'k0',
			mac: createHmac('sha256', randomBytes(32)).update('x').digest('hex')
		};
		const text =
			[good, forged, otherKey, { ...good, scope: 'p2' }].map((a) => JSON.stringify(a)).join('\n') +
			'\nnot json\n{"v":1,"tor';
		const parsed = parseAnchors(text, 'p1', mac);
		expect(parsed.anchors).toEqual([good]);
		expect(parsed.invalid).toEqual([
			{ line: 2, reason: 'badMac' },
			{ line: 3, reason: 'unknownKey', keyId: 'k0' },
			{ line: 4, reason: 'otherScope' },
			{ line: 5, reason: 'torn' },
			{ line: 6, reason: 'torn' }
		]);
		expect(parseAnchors(JSON.stringify({ ...good, seq: 'x' }), 'p1', mac).invalid).toEqual([
			{ line: 1, reason: 'malformed' }
		]);
	});

	it('appends whole lines to the anchor file, closing off a line torn by a crash, and reports a missing file', async () => {
		useAnchorDirectory(join(temp('workbench-anchor-file-'), 'anchors'));
		expect((await readAnchors('p1', mac)).status).toBe('missing');
		await appendAnchor(anchor(3, 1, 'a'.repeat(64)));
		writeFileSync(anchorPath('p1'), '{"v":1,"at":"2026-12-01T00:0', { flag: 'a' });
		await appendAnchor(anchor(7, 2, 'b'.repeat(64)));
		const file = await readAnchors('p1', mac);
		expect(file.anchors.map((a) => a.seq)).toEqual([3, 7]);
		expect(file.invalid).toEqual([{ line: 2, reason: 'torn' }]);
		expect(statSync(anchorPath('p1')).mode & 0o777).toBe(0o600);
	});
});
