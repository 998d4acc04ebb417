import { createHmac, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, sha256Hex, type Canonical } from '../../src/lib/signoff/canonical';
import { auditRowHash, keyedAuditRowHash, verifyChain, type Mac } from '../../src/lib/signoff/chain';
import { approvalOf, statusAfter } from '../../src/lib/signoff/state';
import type { Round, Signature } from '../../src/lib/signoff/types';

describe('canonical hashing', () => {
	it('is the SHA-256 of sorted-key JSON without whitespace', () => {
		expect(canonicalJson({ b: 1, a: [true, null, '甲方'], c: { z: 0, y: 'x' } })).toBe(
			'{"a":[true,null,"甲方"],"b":1,"c":{"y":"x","z":0}}'
		);
		expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
		expect(contentHash({})).toBe(sha256Hex('{}'));
	});

	it('is stable under key order and drops undefined members', () => {
		fc.assert(
			fc.property(
				fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null))),
				(record) => {
					const reversed = Object.fromEntries(Object.entries(record).reverse());
					expect(contentHash(reversed)).toBe(contentHash(record));
					expect(contentHash({ ...record, zzUnset: undefined })).toBe(contentHash(record));
				}
			)
		);
	});

	it('changes with any signed field, array order and type', () => {
		const gate: Canonical = {
			type: 'gate',
			name: '项目启动',
			checklist: [{ text: '章程已签署', done: true, evidenceNote: '纪要', evidenceDeliverableSha256: 'ab' }]
		};
		const base = contentHash(gate);
		const variants: Canonical[] = [
			{ ...gate, name: '项目启动 ' },
			{
				...gate,
				checklist: [
					{ text: '章程已签署', done: false, evidenceNote: '纪要', evidenceDeliverableSha256: 'ab' }
				]
			},
			{
				...gate,
				checklist: [
					{ text: '章程已签署', done: true, evidenceNote: '纪要。', evidenceDeliverableSha256: 'ab' }
				]
			},
			{
				...gate,
				checklist: [{ text: '章程已签署', done: true, evidenceNote: '纪要', evidenceDeliverableSha256: 'ac' }]
			},
			{ ...gate, extra: null },
			{ a: [1, 2] },
			{ a: [2, 1] },
			{ a: '1' },
			{ a: 1 }
		];
		const hashes = new Set([base, ...variants.map(contentHash)]);
		expect(hashes.size).toBe(variants.length + 1);
	});

	it('refuses numbers JSON cannot carry', () => {
		expect(() => canonicalJson({ a: Number.NaN })).toThrow(/non-finite/);
	});
});

describe('the audit hash chain', () => {
	const key = randomBytes(32);
	const mac: Mac = (keyId, message) =>
		keyId === 'k1' ? createHmac('sha256', key).update(message).digest('hex') : null;
	const row = (seq: number, action: string) => ({
		seq,
		at: `2026-11-27T00:00:0${seq}.000Z`,
		actor_id: 'u1',
		action,
		object_type: 'task',
		object_id: 't1',
		project_id: 'p1',
		ip: null,
		detail: '{}'
	});
	function chain(actions: string[], keyed: boolean[] = actions.map(() => true)) {
		let prev = '';
		return actions.map((a, i) => {
			const r = row(i + 1, a);
			const hash = keyed[i] ? keyedAuditRowHash(mac, 'k1', prev, r)! : auditRowHash(prev, r);
			const out = { ...r, prev_hash: prev, row_hash: hash, key_id: keyed[i] ? 'k1' : null };
			prev = hash;
			return out;
		});
	}

	it('holds for untouched rows and its head', () => {
		const rows = chain(['a', 'b', 'c']);
		expect(verifyChain(rows, { last_hash: rows[2].row_hash, last_seq: 3 }, mac)).toEqual({
			breaks: [],
			legacyRows: 0,
			keyIds: ['k1']
		});
	});

	it('breaks at an edited row, a deleted row and a truncated tail', () => {
		const rows = chain(['a', 'b', 'c']);
		expect(verifyChain([rows[0], { ...rows[1], detail: '{"x":1}' }, rows[2]], null, mac).breaks).toEqual([
			{ seq: 2, problem: 'hashMismatch' }
		]);
		expect(verifyChain([rows[0], rows[2]], null, mac).breaks).toEqual([{ seq: 3, problem: 'prevMismatch' }]);
		expect(verifyChain(rows.slice(0, 2), { last_hash: rows[2].row_hash, last_seq: 3 }, mac).breaks).toEqual([
			{ seq: 3, problem: 'headMismatch' }
		]);
	});

	it('cannot be re-linked without the key: an edited row rehashed the unkeyed way is a downgrade', () => {
		const rows = chain(['a', 'b', 'c']);
		const forged = { ...rows[2], detail: '{"x":1}', key_id: null };
		forged.row_hash = auditRowHash(forged.prev_hash, forged);
		expect(verifyChain([rows[0], rows[1], forged], null, mac).breaks).toEqual([
			{ seq: 3, problem: 'legacyAfterKeyed' }
		]);
		const wrongKey: Mac = (id, m) =>
			createHmac('sha256', randomBytes(32)).update(m).digest('hex') + id.slice(0, 0);
		expect(verifyChain(rows, null, wrongKey).breaks.map((b) => b.problem)).toEqual([
			'hashMismatch',
			'hashMismatch',
			'hashMismatch'
		]);
	});

	it('verifies legacy rows as legacy, and refuses legacy rows dated after keys were introduced', () => {
		const rows = chain(['a', 'b', 'c'], [false, false, true]);
		expect(verifyChain(rows, null, mac)).toEqual({ breaks: [], legacyRows: 2, keyIds: ['k1'] });
		expect(verifyChain(rows, null, mac, '2026-11-27T00:00:01.500Z').breaks).toEqual([
			{ seq: 2, problem: 'legacyAfterKeyed' }
		]);
	});

	it('reports a row whose key is not on hand instead of calling it altered', () => {
		const rows = chain(['a']).map((r) => ({ ...r, key_id: 'k0' }));
		expect(verifyChain(rows, null, mac).breaks).toEqual([{ seq: 1, problem: 'unknownKey', keyId: 'k0' }]);
	});
});

describe('approval', () => {
	const slots = [
		{ id: 'c', side: 'client' as const, role: 'lead' as const },
		{ id: 'v', side: 'vendor' as const, role: 'lead' as const }
	];
	const round: Round = {
		id: 'r1',
		number: 1,
		revision: 0,
		status: 'open',
		contentHash: 'h1',
		slots,
		submittedBy: 'u',
		submitterName: '李强',
		submitterSide: 'vendor',
		submittedAt: '',
		dueDate: '2026-12-02',
		note: ''
	};
	const sig = (
		slotId: string,
		decision: 'approve' | 'reject',
		hash = 'h1',
		supersededAt: string | null = null,
		memberId = `m-${slotId}`
	): Signature => ({
		id: `${slotId}-${decision}-${hash}`,
		slotId,
		roundId: 'r1',
		revision: 0,
		memberId,
		signerName: 'x',
		signerSide: 'client',
		signerRole: 'lead',
		decision,
		meaning: 'approve',
		comment: '',
		contentHash: hash,
		signedAt: '',
		supersededAt,
		supersededReason: supersededAt ? 'changed' : null
	});

	it('counts only when every slot approved the current hash', () => {
		expect(approvalOf(round, [sig('c', 'approve')], 'h1').approved).toBe(false);
		expect(approvalOf(round, [sig('c', 'approve'), sig('v', 'approve')], 'h1')).toMatchObject({
			approved: true,
			state: 'approved'
		});
		expect(approvalOf(round, [sig('c', 'approve'), sig('v', 'approve')], 'h2').approved).toBe(false);
		expect(
			approvalOf(round, [sig('c', 'approve', 'h1', '2026-11-27'), sig('v', 'approve')], 'h1').approved
		).toBe(false);
		expect(approvalOf(null, [], 'h1').state).toBe('draft');
	});

	it('never counts one person filling two slots as an approval', () => {
		expect(
			approvalOf(
				round,
				[sig('c', 'approve', 'h1', null, 'same'), sig('v', 'approve', 'h1', null, 'same')],
				'h1'
			)
		).toMatchObject({ approved: false, state: 'inReview' });
	});

	it('closes a round at the first rejection or the last approval', () => {
		const state = approvalOf(round, [sig('c', 'approve')], 'h1').slots;
		expect(statusAfter('approve', state, 'v')).toBe('approved');
		expect(statusAfter('reject', state, 'v')).toBe('rejected');
		expect(statusAfter('approve', approvalOf(round, [], 'h1').slots, 'c')).toBe('open');
	});
});
