import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { IntegrityReport as IntegrityReportSchema } from '../../src/lib/server/api/signoff-schemas';
import type { DialectName } from '../../src/lib/server/db/index';
import { documentMeta } from '../../src/lib/server/documents/meta';
import type { Database } from '../../src/lib/server/db/schema';
import { anchorDirectory, anchorPath, useAnchorDirectory } from '../../src/lib/server/integrity/anchors';
import { integrityKeys, memoryKeyring, useKeyring } from '../../src/lib/server/integrity/keys';
import { verifyIntegrity } from '../../src/lib/server/services/signoff/integrity';
import type { IntegrityReport } from '../../src/lib/signoff/views';
import { submitForReview } from '../../src/lib/server/services/signoff/review';
import { legacySignatureSeal } from '../../src/lib/server/services/signoff/seal';
import { auditRowHash } from '../../src/lib/signoff/chain';
import type { Slot } from '../../src/lib/signoff/types';
import { DIALECTS, useDatabase } from './dialects';
import { actor } from './fixtures';
import { sign, signoffProject, upload } from './signoff-fixtures';

const APPEND_ONLY = ['audit_log', 'signoffs', 'signoff_supersessions', 'deliverable_versions'];

/** What an insider with the database (and no integrity key) does first: drop the append-only guards. */
async function dropGuards(db: Kysely<Database>, dialect: DialectName) {
	for (const table of APPEND_ONLY) {
		if (dialect === 'sqlite')
			for (const op of ['update', 'delete'])
				await sql.raw(`drop trigger if exists ${table}_no_${op}`).execute(db);
		else await sql.raw(`alter table ${table} disable trigger ${table}_append_only`).execute(db);
	}
}

type AuditRow = {
	seq: number;
	at: string;
	actor_id: string | null;
	action: string;
	object_type: string;
	object_id: string | null;
	project_id: string | null;
	ip: string | null;
	detail: string;
};

async function auditRows(db: Kysely<Database>, projectId: string): Promise<AuditRow[]> {
	const rows = await db
		.selectFrom('audit_log')
		.selectAll()
		.where('project_id', '=', projectId)
		.orderBy('seq')
		.execute();
	return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

/**
 * The careful forger re-links the whole project chain with the only hash they can compute — the unkeyed
 * legacy one — and rewinds the head to match, so the database is consistent with itself again.
 */
async function relinkUnkeyed(db: Kysely<Database>, projectId: string) {
	let prev = '';
	let last = 0;
	for (const r of await auditRows(db, projectId)) {
		const hash = auditRowHash(prev, r);
		await sql`update audit_log set prev_hash = ${prev}, row_hash = ${hash}, key_id = null where seq = ${r.seq}`.execute(
			db
		);
		prev = hash;
		last = r.seq;
	}
	await sql`update audit_chain_heads set last_hash = ${prev}, last_seq = ${last} where scope = ${projectId}`.execute(
		db
	);
}

/** Rewrites a signature and its audit row, resealing it the unkeyed way, as the forger of a legacy seal would. */
async function resealSignature(
	db: Kysely<Database>,
	projectId: string,
	signoffId: string,
	detailChanges: Record<string, unknown>
) {
	const s = await db.selectFrom('signoffs').selectAll().where('id', '=', signoffId).executeTakeFirstOrThrow();
	const seal = legacySignatureSeal({
		id: s.id,
		slotId: s.slot_id,
		roundId: s.round_id,
		revision: Number(s.revision),
		memberId: s.member_id,
		signerName: s.signer_name,
		signerSide: s.signer_side as 'client',
		signerRole: s.signer_role as 'lead',
		decision: s.decision,
		meaning: s.meaning,
		comment: s.comment,
		contentHash: s.content_hash,
		signedAt: s.signed_at
	});
	const row = (await auditRows(db, projectId)).find(
		(a) =>
			a.action === 'signoff.sign' && (JSON.parse(a.detail) as { signoffId: string }).signoffId === signoffId
	)!;
	const detail: Record<string, unknown> = {
		...(JSON.parse(row.detail) as Record<string, unknown>),
		...detailChanges,
		seal
	};
	delete detail.sealKeyId;
	await sql`update audit_log set detail = ${JSON.stringify(detail)}, actor_id = ${s.user_id} where seq = ${row.seq}`.execute(
		db
	);
}

function kinds(report: IntegrityReport) {
	return new Set(report.problems.map((p) => p.kind));
}

describe.each(DIALECTS)('integrity against an insider with database access on %s', (dialect) => {
	const handle = useDatabase(dialect);

	async function inReview() {
		const db = handle.db;
		const f = await signoffProject(db);
		const ref = { type: 'deliverable' as const, id: f.deliverable.id };
		await upload(db, f.pmVendor, f.project.id, f.deliverable.id, '章程 第一版');
		const round = await submitForReview(
			db,
			actor(f.pmVendor),
			await f.member(f.pmVendor),
			f.project.id,
			ref,
			'请审阅'
		);
		const slots = JSON.parse(round.slots) as Slot[];
		return { db, ...f, ref, round, slots };
	}

	async function signatureOf(db: Kysely<Database>, userId: string) {
		return db
			.selectFrom('signoffs')
			.selectAll()
			.where('user_id', '=', userId)
			.orderBy('signed_at', 'desc')
			.executeTakeFirstOrThrow();
	}

	it('(1) catches a rejection rewritten as an approval with its seal and the chain recomputed', async () => {
		const { db, project, leadClient, ref, round } = await inReview();
		await sign(db, leadClient, project.id, ref, 'reject', { comment: '缺少售后模块' });
		expect((await verifyIntegrity(db, project.id)).problems).toEqual([]);

		await dropGuards(db, dialect);
		const s = await signatureOf(db, leadClient);
		await sql`update signoffs set decision = 'approve', comment = '' where id = ${s.id}`.execute(db);
		await sql`update review_rounds set status = 'open' where id = ${round.id}`.execute(db);
		await resealSignature(db, project.id, s.id, { decision: 'approve', roundStatus: 'open' });
		await relinkUnkeyed(db, project.id);

		const report = await verifyIntegrity(db, project.id);
		expect(report.ok).toBe(false);
		expect(kinds(report)).toEqual(new Set(['chainDowngraded', 'anchorMismatch']));
		expect(report.legacy.auditRows).toBe(report.checked.auditRows);
		expect(IntegrityReportSchema.parse(report)).toEqual(report);
	});

	it('(2) catches a forged signature with a sealed audit row appended to the chain', async () => {
		const { db, project, leadClient, leadVendor, member, ref, round, slots } = await inReview();
		await sign(db, leadClient, project.id, ref, 'approve');
		expect((await verifyIntegrity(db, project.id)).ok).toBe(true);

		await dropGuards(db, dialect);
		const vendor = await member(leadVendor);
		const slot = slots.find((x) => x.side === 'vendor')!;
		const client = await signatureOf(db, leadClient);
		const forged = {
			id: 'forged-signature',
			slotId: slot.id,
			roundId: round.id,
			revision: 0,
			memberId: vendor.id,
			signerName: vendor.name,
			signerSide: 'vendor' as const,
			signerRole: 'lead' as const,
			decision: 'approve' as const,
			meaning: 'approve' as const,
			comment: '',
			contentHash: client.content_hash,
			signedAt: new Date().toISOString()
		};
		await db
			.insertInto('signoffs')
			.values({
				id: forged.id,
				project_id: project.id,
				round_id: round.id,
				revision: 0,
				object_type: ref.type,
				object_id: ref.id,
				slot_id: slot.id,
				member_id: vendor.id,
				user_id: leadVendor,
				signer_name: vendor.name,
				signer_side: 'vendor',
				signer_role: 'lead',
				decision: 'approve',
				meaning: 'approve',
				comment: '',
				content_hash: forged.contentHash,
				signed_at: forged.signedAt
			})
			.execute();
		await sql`update review_rounds set status = 'approved' where id = ${round.id}`.execute(db);
		const head = await db
			.selectFrom('audit_chain_heads')
			.selectAll()
			.where('scope', '=', project.id)
			.executeTakeFirstOrThrow();
		const row = {
			at: forged.signedAt,
			actor_id: leadVendor,
			action: 'signoff.sign',
			object_type: ref.type,
			object_id: ref.id,
			project_id: project.id,
			ip: '192.0.2.1',
			detail: JSON.stringify({
				signoffId: forged.id,
				seal: legacySignatureSeal(forged),
				roundId: round.id,
				decision: 'approve',
				meaning: 'approve',
				slotId: slot.id,
				contentHash: forged.contentHash,
				roundStatus: 'approved'
			})
		};
		const hash = auditRowHash(head.last_hash, row);
		await sql`insert into audit_log (at, actor_id, action, object_type, object_id, project_id, ip, detail, prev_hash, row_hash) values (${row.at}, ${row.actor_id}, ${row.action}, ${row.object_type}, ${row.object_id}, ${row.project_id}, ${row.ip}, ${row.detail}, ${head.last_hash}, ${hash})`.execute(
			db
		);
		const seq = (await auditRows(db, project.id)).at(-1)!.seq;
		await sql`update audit_chain_heads set last_hash = ${hash}, last_seq = ${seq} where scope = ${project.id}`.execute(
			db
		);

		const report = await verifyIntegrity(db, project.id);
		expect(report.ok).toBe(false);
		expect(report.problems).toEqual([{ kind: 'chainDowngraded', auditSeq: seq }]);
	});

	it('(3) catches a truncated tail with the head rewound', async () => {
		const { db, project, leadClient, leadVendor, ref, round } = await inReview();
		await sign(db, leadClient, project.id, ref, 'approve');
		await sign(db, leadVendor, project.id, ref, 'reject', { comment: '接口清单不全' });
		expect((await verifyIntegrity(db, project.id)).ok).toBe(true);

		await dropGuards(db, dialect);
		const rejection = await signatureOf(db, leadVendor);
		const rows = await auditRows(db, project.id);
		const cut = rows.findIndex((a) => a.action === 'signoff.sign' && a.detail.includes(rejection.id));
		const keep = rows[cut - 1];
		const kept = await db
			.selectFrom('audit_log')
			.select('row_hash')
			.where('seq', '=', keep.seq)
			.executeTakeFirstOrThrow();
		await sql`delete from signoffs where id = ${rejection.id}`.execute(db);
		await sql`delete from audit_log where project_id = ${project.id} and seq > ${keep.seq}`.execute(db);
		await sql`update audit_chain_heads set last_hash = ${kept.row_hash}, last_seq = ${keep.seq} where scope = ${project.id}`.execute(
			db
		);
		await sql`update review_rounds set status = 'open' where id = ${round.id}`.execute(db);

		const report = await verifyIntegrity(db, project.id);
		expect(report.ok).toBe(false);
		expect(report.problems).toEqual([
			expect.objectContaining({ kind: 'anchorMismatch', auditSeq: rows.at(-1)!.seq, problem: 'rowMissing' })
		]);
	});

	it('(4) catches a changed signer, whether or not the audit row is rewritten too', async () => {
		const { db, project, leadClient, pmClient, member, ref } = await inReview();
		await sign(db, leadClient, project.id, ref, 'approve');
		expect((await verifyIntegrity(db, project.id)).ok).toBe(true);

		await dropGuards(db, dialect);
		const s = await signatureOf(db, leadClient);
		const other = await member(pmClient);
		await sql`update signoffs set member_id = ${other.id}, user_id = ${pmClient}, signer_name = ${other.name} where id = ${s.id}`.execute(
			db
		);
		let report = await verifyIntegrity(db, project.id);
		expect(report.problems).toEqual([{ kind: 'signoffAltered', signoffId: s.id }]);

		await resealSignature(db, project.id, s.id, {});
		await relinkUnkeyed(db, project.id);
		report = await verifyIntegrity(db, project.id);
		expect(report.ok).toBe(false);
		expect(kinds(report)).toEqual(new Set(['chainDowngraded', 'anchorMismatch']));
	});

	it('(5) catches a changed round status, whether or not the chain is rewritten to agree', async () => {
		const { db, project, leadClient, ref, round } = await inReview();
		await sign(db, leadClient, project.id, ref, 'reject', { comment: '范围不清' });
		expect((await verifyIntegrity(db, project.id)).ok).toBe(true);

		await dropGuards(db, dialect);
		await sql`update review_rounds set status = 'approved' where id = ${round.id}`.execute(db);
		let report = await verifyIntegrity(db, project.id);
		expect(report.problems).toEqual([
			{
				kind: 'roundAltered',
				roundId: round.id,
				objectType: 'deliverable',
				objectId: ref.id,
				problem: 'statusDiffers',
				status: 'approved',
				expectedStatus: 'rejected'
			}
		]);
		expect(IntegrityReportSchema.parse(report)).toEqual(report);

		const s = await signatureOf(db, leadClient);
		await resealSignature(db, project.id, s.id, { roundStatus: 'approved' });
		await relinkUnkeyed(db, project.id);
		report = await verifyIntegrity(db, project.id);
		expect(report.ok).toBe(false);
		expect(kinds(report)).toEqual(new Set(['chainDowngraded', 'anchorMismatch']));
	});

	it('verifies rows written before integrity keys as legacy, and keys everything after the upgrade', async () => {
		const saved = anchorDirectory();
		try {
			const { db, project, leadClient, leadVendor, ref } = await inReview();
			await sign(db, leadClient, project.id, ref, 'approve');
			// Before the upgrade: unkeyed seals and chain, no anchors, and the keys migration applied only now.
			await dropGuards(db, dialect);
			await resealSignature(db, project.id, (await signatureOf(db, leadClient)).id, {});
			await relinkUnkeyed(db, project.id);
			await sql`update kysely_migration set timestamp = ${new Date().toISOString()} where name = '2026-12-01T02-integrity-keys'`.execute(
				db
			);
			useAnchorDirectory(mkdtempSync(join(tmpdir(), 'workbench-anchors-upgrade-')));
			const before = await verifyIntegrity(db, project.id);
			expect(before.problems).toEqual([]);
			expect(before.legacy).toEqual({ auditRows: before.checked.auditRows, signoffs: 1 });

			await sign(db, leadVendor, project.id, ref, 'approve');
			const after = await verifyIntegrity(db, project.id);
			expect(after.problems).toEqual([]);
			expect([after.legacy, after.keys.used, after.anchor.anchors]).toEqual([before.legacy, ['test'], 1]);
		} finally {
			useAnchorDirectory(saved);
		}
	});

	it('keeps rows sealed under a rotated key verifiable, and reports a rotated-out key that went missing', async () => {
		const saved = integrityKeys();
		const k1 = randomBytes(32);
		const k2 = randomBytes(32);
		try {
			useKeyring(memoryKeyring({ k1 }));
			const { db, project, leadClient, leadVendor, ref } = await inReview();
			await sign(db, leadClient, project.id, ref, 'approve');
			useKeyring(memoryKeyring({ k2, k1 }, 'k2'));
			await sign(db, leadVendor, project.id, ref, 'approve');
			const report = await verifyIntegrity(db, project.id);
			expect(report.problems).toEqual([]);
			expect([report.keys.current, [...report.keys.used].sort()]).toEqual(['k2', ['k1', 'k2']]);

			useKeyring(memoryKeyring({ k2 }));
			const missing = await verifyIntegrity(db, project.id);
			expect(missing.ok).toBe(false);
			expect(missing.problems).toEqual([{ kind: 'keyMissing', keyId: 'k1' }]);
		} finally {
			useKeyring(saved);
		}
	});

	it('compares the chain with its anchors: a forged line and a lost file are each reported, without a crash', async () => {
		const saved = anchorDirectory();
		try {
			const { db, project, leadClient, ref } = await inReview();
			await sign(db, leadClient, project.id, ref, 'approve');
			const good = await verifyIntegrity(db, project.id);
			expect(good.anchor).toMatchObject({
				status: 'ok',
				anchors: 1,
				unanchoredRows: 0,
				latest: expect.objectContaining({ keyId: 'test' })
			});
			// Every printed record carries the anchored head, and the API's report keeps to its OpenAPI schema.
			const meta = await documentMeta(db, project.id, 'gate', 1, '2026-12-01');
			expect(meta.integrityAnchor).toEqual({
				at: good.anchor.latest!.at,
				seq: good.anchor.latest!.seq,
				head: good.anchor.latest!.head
			});
			expect(IntegrityReportSchema.parse(good)).toEqual(good);

			const file = anchorPath(project.id);
			const line = JSON.parse(readFileSync(file, 'utf8').trim()) as { head: string; seq: number };
			writeFileSync(file, `${JSON.stringify({ ...line, head: 'f'.repeat(64) })}\n`, { flag: 'a' });
			expect((await verifyIntegrity(db, project.id)).problems).toEqual([
				{ kind: 'anchorInvalid', line: 2, problem: 'badMac' }
			]);

			useAnchorDirectory(mkdtempSync(join(tmpdir(), 'workbench-anchors-lost-')));
			const lost = await verifyIntegrity(db, project.id);
			expect(lost.anchor.status).toBe('missing');
			expect(lost.problems).toEqual([{ kind: 'anchorMissing', problem: 'missing' }]);
		} finally {
			useAnchorDirectory(saved);
		}
	});
});
