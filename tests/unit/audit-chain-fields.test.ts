import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AuditLogTable } from '../../src/lib/server/db/schema';
import { sha256Hex } from '../../src/lib/signoff/canonical';
import {
	CHAINED_AUDIT_COLUMNS,
	CHAINED_AUDIT_FIELDS,
	auditRowHash,
	keyedAuditRowHash,
	type ChainedAuditFields
} from '../../src/lib/signoff/chain';

const row: ChainedAuditFields = {
	at: '2026-11-24T08:00:00.000Z',
	actor_id: 'u1',
	action: 'task.update',
	object_type: 'task',
	object_id: 't1',
	project_id: 'p1',
	ip: '192.0.2.1',
	detail: '{"名":"值"}'
};
const mac = (keyId: string, message: string) => sha256Hex(`${keyId}|${message}`);

describe('the audit row fields a hash covers, declared once', () => {
	it('are columns of the audit table, with the same types', () => {
		// A hashed field the table lacks, or types that differ, fail type-checking here (npm run check).
		expectTypeOf<Pick<AuditLogTable, keyof ChainedAuditFields>>().toEqualTypeOf<ChainedAuditFields>();
		expectTypeOf<(typeof CHAINED_AUDIT_COLUMNS)[number]>().toEqualTypeOf<keyof ChainedAuditFields>();
		expect(CHAINED_AUDIT_COLUMNS).toEqual([
			'at',
			'actor_id',
			'action',
			'object_type',
			'object_id',
			'project_id',
			'ip',
			'detail'
		]);
		expect(new Set(Object.values(CHAINED_AUDIT_FIELDS)).size).toBe(CHAINED_AUDIT_COLUMNS.length);
	});

	it('all go into the hash: changing any one of them changes it', () => {
		const base = auditRowHash('prev', row);
		const keyed = keyedAuditRowHash(mac, 'k1', 'prev', row);
		for (const column of CHAINED_AUDIT_COLUMNS) {
			const changed = { ...row, [column]: `${row[column] ?? ''}x` };
			expect(auditRowHash('prev', changed), column).not.toBe(base);
			expect(keyedAuditRowHash(mac, 'k1', 'prev', changed), column).not.toBe(keyed);
		}
		// Columns outside the declaration (seq, the chain links) do not.
		expect(auditRowHash('prev', { ...row, seq: 9, row_hash: 'h' } as ChainedAuditFields)).toBe(base);
	});

	it('hash to the same bytes as before the fields were declared once (stored chains stay valid)', () => {
		// Recorded from the hand-written body the chain used before CHAINED_AUDIT_FIELDS existed.
		expect(auditRowHash('', row)).toBe('c37aa70b04ac7fdcc9dc4058333d6ae938238e6373a38b2f8808d387ddeb36ec');
		expect(auditRowHash('abc', { ...row, actor_id: null, object_id: null, project_id: null, ip: null })).toBe(
			'b1338c2edfad103d139ec791fc1fedc93fa1ddaab462529b610ea4e62530c76b'
		);
		expect(keyedAuditRowHash(mac, 'k1', 'abc', row)).toBe(
			'a6387369e4a6d5388b8683581bdc0f78219bac4aae20dafd149fd9aba64283ca'
		);
	});
});
