import { describe, expect, it } from 'vitest';
import { unfillableSlots } from '../../src/lib/signoff/fillable';
import { sinceSigned } from '../../src/lib/signoff/since-signed';
import { matchesSignature, previewKind } from '../../src/lib/phases/file-preview';
import type { DeliverableVersionView } from '../../src/lib/phases/views';
import type { Signature } from '../../src/lib/signoff/types';

const slot = (id: string, side: 'client' | 'vendor' | 'consultant', role: 'lead' | 'keyUser') => ({
	id,
	side,
	role
});

describe('unfillableSlots', () => {
	it('names the slots nobody holds the role for on that side', () => {
		const slots = [slot('a', 'client', 'lead'), slot('b', 'vendor', 'lead'), slot('c', 'consultant', 'lead')];
		const people = [
			{ userId: 'u1', side: 'client' as const, roles: ['lead'] },
			{ userId: 'u2', side: 'vendor' as const, roles: ['lead'] },
			{ userId: 'u3', side: 'client' as const, roles: ['lead'] }
		];
		expect(unfillableSlots(slots, people).map((s) => s.id)).toEqual(['c']);
		expect(unfillableSlots(slots.slice(0, 2), people)).toEqual([]);
	});

	it('lets one person fill one slot only, and finds the assignment that fills most', () => {
		const slots = [slot('lead', 'client', 'lead'), slot('key', 'client', 'keyUser')];
		// u1 could fill either; u2 only the lead slot: greedy u1→lead would strand the key-user slot.
		const people = [
			{ userId: 'u1', side: 'client' as const, roles: ['lead', 'keyUser'] },
			{ userId: 'u2', side: 'client' as const, roles: ['lead'] }
		];
		expect(unfillableSlots(slots, people)).toEqual([]);
		expect(unfillableSlots(slots, people.slice(0, 1))).toHaveLength(1);
	});
});

const version = (number: number, createdAt: string, extra: Partial<DeliverableVersionView> = {}) =>
	({
		id: `v${number}`,
		deliverableId: 'd',
		number,
		filename: 'charter.pdf',
		mediaType: 'application/pdf',
		sizeBytes: 1000,
		sha256: `hash${number}`,
		source: 'upload',
		note: '',
		createdAt,
		createdBy: null,
		createdByName: null,
		...extra
	}) satisfies DeliverableVersionView;

const signature = (memberId: string, signedAt: string) =>
	({ memberId, signedAt, decision: 'approve' }) as Signature;

describe('sinceSigned', () => {
	const versions = [
		version(1, '2026-11-01T01:00:00.000Z'),
		version(2, '2026-11-02T01:00:00.000Z', { filename: 'charter-v2.pdf', sizeBytes: 2048, sha256: 'hash2' }),
		version(3, '2026-11-03T01:00:00.000Z', {
			filename: 'charter-v2.pdf',
			sizeBytes: 4096,
			sha256: 'hash3',
			note: 'scope fixed'
		})
	];

	it('finds the version the viewer signed and what differs in the current one', () => {
		const result = sinceSigned(versions, [signature('me', '2026-11-01T05:00:00.000Z')], 'me');
		expect(result.signed?.version.number).toBe(1);
		expect(result.newer).toBe(2);
		expect(result.changes).toEqual([
			{ field: 'filename', then: 'charter.pdf', now: 'charter-v2.pdf' },
			{ field: 'sizeBytes', then: 1000, now: 4096 },
			{ field: 'sha256', then: 'hash1', now: 'hash3' },
			{ field: 'note', then: '', now: 'scope fixed' }
		]);
	});

	it('uses the latest of the viewer’s signatures and ignores other people’s', () => {
		const result = sinceSigned(
			versions,
			[
				signature('me', '2026-11-01T05:00:00.000Z'),
				signature('me', '2026-11-03T05:00:00.000Z'),
				signature('other', '2026-11-01T02:00:00.000Z')
			],
			'me'
		);
		expect(result.signed?.version.number).toBe(3);
		expect(result.newer).toBe(0);
		expect(result.changes).toEqual([]);
		expect(sinceSigned(versions, [signature('other', '2026-11-03T05:00:00.000Z')], 'me').signed).toBeNull();
	});
});

describe('file preview', () => {
	const bytes = (s: string, prefix: number[] = []) =>
		new Uint8Array([...prefix, ...new TextEncoder().encode(s)]);

	it('previews PDFs and raster images only, never SVG or HTML', () => {
		expect(previewKind('application/pdf')).toBe('pdf');
		expect(previewKind('image/png')).toBe('image');
		expect(previewKind('IMAGE/JPEG; charset=binary')).toBe('image');
		expect(previewKind('image/svg+xml')).toBeNull();
		expect(previewKind('text/html')).toBeNull();
		expect(previewKind('')).toBeNull();
	});

	it('trusts a declared type only when the bytes agree', () => {
		expect(matchesSignature('application/pdf', bytes('%PDF-1.7\n'))).toBe(true);
		expect(matchesSignature('application/pdf', bytes('<html><script>alert(1)</script>'))).toBe(false);
		expect(matchesSignature('image/png', bytes('PNG\r\n\x1a\n....', [0x89]))).toBe(true);
		expect(matchesSignature('image/png', bytes('<svg onload=alert(1)>'))).toBe(false);
		expect(matchesSignature('image/jpeg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe(true);
		expect(matchesSignature('image/gif', bytes('GIF89a'))).toBe(true);
		expect(matchesSignature('image/webp', bytes('RIFF\0\0\0\0WEBPVP8 '))).toBe(true);
	});
});
