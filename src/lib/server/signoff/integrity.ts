import type { Kysely, Transaction } from 'kysely';
import { sha256Hex } from '../../signoff/canonical';
import { verifyChain } from '../../signoff/chain';
import type { SignableType } from '../../signoff/types';
import type { Database } from '../db/schema';
import { signableContent } from './content';
import { latestRound, signatureOf, signaturesQuery } from './rounds';
import { signatureSeal } from './sign';

type Conn = Kysely<Database> | Transaction<Database>;

export type IntegrityProblem =
	| { kind: 'versionHash'; versionId: string; deliverableId: string; number: number }
	| { kind: 'signoffAltered' | 'signoffWithoutAudit'; signoffId: string }
	| { kind: 'signoffMissing'; signoffId: string; auditSeq: number }
	| { kind: 'contentChanged'; objectType: SignableType; objectId: string; signoffId: string }
	| { kind: 'chainBroken'; auditSeq: number; problem: string };

export interface IntegrityReport {
	ok: boolean;
	checkedAt: string;
	checked: { deliverableVersions: number; signoffs: number; auditRows: number; signedObjects: number };
	problems: IntegrityProblem[];
}

/**
 * Recomputes everything a signature rests on, trusting no stored verdict: each file's SHA-256, each
 * signature's seal against the one written to the audit chain, each signed object's current content hash,
 * and the chain itself. Anything edited behind the app's back shows up as a problem.
 */
export async function verifyIntegrity(db: Conn, projectId: string): Promise<IntegrityReport> {
	const problems: IntegrityProblem[] = [];
	const versions = await db.selectFrom('deliverable_versions').select(['id', 'deliverable_id', 'number', 'sha256', 'content']).where('project_id', '=', projectId).execute();
	for (const v of versions) {
		if (sha256Hex(new Uint8Array(v.content)) !== v.sha256) problems.push({ kind: 'versionHash', versionId: v.id, deliverableId: v.deliverable_id, number: Number(v.number) });
	}

	const audit = await db.selectFrom('audit_log').selectAll().where('project_id', '=', projectId).orderBy('seq').execute();
	const seals = new Map<string, { seal: string; seq: number }>();
	for (const a of audit) {
		if (a.action !== 'signoff.sign') continue;
		const d = JSON.parse(a.detail) as { signoffId?: string; seal?: string };
		if (d.signoffId) seals.set(d.signoffId, { seal: d.seal ?? '', seq: Number(a.seq) });
	}
	const rows = await signaturesQuery(db, projectId).execute();
	const signed = new Set<string>();
	for (const r of rows) {
		const s = signatureOf(r);
		const sealed = seals.get(s.id);
		if (!sealed) problems.push({ kind: 'signoffWithoutAudit', signoffId: s.id });
		else if (sealed.seal !== signatureSeal(s)) problems.push({ kind: 'signoffAltered', signoffId: s.id });
		seals.delete(s.id);
		if (!s.supersededAt) signed.add(`${r.object_type}\u0000${r.object_id}`);
	}
	for (const [signoffId, { seq }] of seals) problems.push({ kind: 'signoffMissing', signoffId, auditSeq: seq });

	// A signature nobody superseded must still match its object: if it does not, the content changed without the app.
	for (const key of signed) {
		const [type, id] = key.split('\u0000') as [SignableType, string];
		const round = await latestRound(db, projectId, type, id);
		const content = await signableContent(db, projectId, type, id).catch(() => null);
		for (const r of rows.filter((x) => x.object_type === type && x.object_id === id && !x.superseded_at && x.round_id === round?.id)) {
			if (!content || r.content_hash !== content.hash) problems.push({ kind: 'contentChanged', objectType: type, objectId: id, signoffId: r.id });
		}
	}

	const head = await db.selectFrom('audit_chain_heads').select(['last_hash', 'last_seq']).where('scope', '=', projectId).executeTakeFirst();
	const chainRows = audit.map((a) => ({ ...a, seq: Number(a.seq) }));
	for (const b of verifyChain(chainRows, head ? { last_hash: head.last_hash, last_seq: Number(head.last_seq) } : null)) problems.push({ kind: 'chainBroken', auditSeq: b.seq, problem: b.problem });

	return {
		ok: problems.length === 0,
		checkedAt: new Date().toISOString(),
		checked: { deliverableVersions: versions.length, signoffs: rows.length, auditRows: audit.length, signedObjects: signed.size },
		problems
	};
}
