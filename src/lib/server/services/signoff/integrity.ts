import { compareWithAnchors } from '../../../signoff/anchor';
import { sha256Hex } from '../../../signoff/canonical';
import { verifyChain } from '../../../signoff/chain';
import type { RoundStatus, SignableType } from '../../../signoff/types';
import type { IntegrityProblem, IntegrityReport } from '../../../signoff/views';
import { readAnchors } from '../../integrity/anchors';
import { integrityKeys, macWith } from '../../integrity/keys';
import { signableContent } from './content';
import { chainHead, keyedSince, projectAuditRows } from '../../repo/audit';
import { projectVersionContents } from '../../repo/deliverable-versions';
import { latestRound, projectRoundStatuses, signatureOf, signaturesQuery } from '../../repo/review-rounds';
import { legacySignatureSeal, signatureSeal } from './seal';
import type { Conn } from '../../db';

/**
 * Recomputes everything a signature rests on, trusting no stored verdict: each file's SHA-256, each
 * signature's keyed seal against the one written to the audit chain, each round's status against the chain's
 * record of it, each signed object's current content hash, the keyed chain itself, and the chain against the
 * anchors kept outside the database. Anything edited behind the app's back shows up as a problem.
 */
export async function verifyIntegrity(db: Conn, projectId: string): Promise<IntegrityReport> {
	const problems: IntegrityProblem[] = [];
	const ring = integrityKeys();
	const mac = macWith(ring);
	const missingKeys = new Set<string>();
	const versions = await projectVersionContents(db, projectId);
	for (const v of versions) {
		if (sha256Hex(new Uint8Array(v.content)) !== v.sha256)
			problems.push({
				kind: 'versionHash',
				versionId: v.id,
				deliverableId: v.deliverable_id,
				number: Number(v.number)
			});
	}

	const audit = (await projectAuditRows(db, projectId)).map((a) => ({ ...a, seq: Number(a.seq) }));
	type SealRecord = {
		seal: string;
		sealKeyId: string | null;
		seq: number;
		roundId: string | null;
		roundStatus: RoundStatus | null;
		objectType: string;
		objectId: string | null;
		actorId: string | null;
	};
	const seals = new Map<string, SealRecord>();
	const roundEvents: {
		seq: number;
		roundId: string | null;
		signoffId: string | null;
		status: RoundStatus;
	}[] = [];
	for (const a of audit) {
		const d = JSON.parse(a.detail) as {
			signoffId?: string;
			seal?: string;
			sealKeyId?: string;
			roundId?: string;
			roundStatus?: RoundStatus;
		};
		if (a.action === 'signoff.sign' && d.signoffId) {
			seals.set(d.signoffId, {
				seal: d.seal ?? '',
				sealKeyId: d.sealKeyId ?? null,
				seq: a.seq,
				roundId: d.roundId ?? null,
				roundStatus: d.roundStatus ?? null,
				objectType: a.object_type,
				objectId: a.object_id,
				actorId: a.actor_id
			});
		}
		// Any row that records a round's status counts; a submission or a reopening leaves it open.
		const status =
			d.roundStatus ?? (a.action === 'review.submit' || a.action === 'review.reopen' ? 'open' : null);
		if (status && (d.roundId || d.signoffId))
			roundEvents.push({ seq: a.seq, roundId: d.roundId ?? null, signoffId: d.signoffId ?? null, status });
	}

	const rows = await signaturesQuery(db, projectId).execute();
	const signed = new Set<string>();
	const roundOfSignoff = new Map<string, string>();
	let legacySignoffs = 0;
	for (const r of rows) {
		const s = signatureOf(r);
		roundOfSignoff.set(s.id, s.roundId);
		const sealed = seals.get(s.id);
		if (!sealed) problems.push({ kind: 'signoffWithoutAudit', signoffId: s.id });
		else {
			let expected: string | null;
			if (sealed.sealKeyId === null) {
				legacySignoffs++;
				expected = legacySignatureSeal(s);
			} else {
				expected = signatureSeal(mac, sealed.sealKeyId, {
					...s,
					projectId: r.project_id,
					objectType: r.object_type,
					objectId: r.object_id,
					userId: r.user_id,
					roundStatus: sealed.roundStatus ?? ''
				});
				if (expected === null) missingKeys.add(sealed.sealKeyId);
			}
			// The audit row itself names the object and the signer; a signature moved to another object or person no longer agrees.
			const moved =
				sealed.objectType !== r.object_type ||
				sealed.objectId !== r.object_id ||
				sealed.actorId !== r.user_id ||
				(sealed.roundId !== null && sealed.roundId !== r.round_id);
			if (expected !== null && (expected !== sealed.seal || moved))
				problems.push({ kind: 'signoffAltered', signoffId: s.id });
		}
		seals.delete(s.id);
		if (!s.supersededAt) signed.add(`${r.object_type}\u0000${r.object_id}`);
	}
	for (const [signoffId, { seq }] of seals)
		problems.push({ kind: 'signoffMissing', signoffId, auditSeq: seq });

	// A round's status is what the chain last recorded for it: submitted or reopened → open; a signature → its outcome.
	const expectedStatus = new Map<string, RoundStatus>();
	for (const e of roundEvents) {
		const roundId = e.roundId ?? (e.signoffId ? roundOfSignoff.get(e.signoffId) : undefined);
		if (roundId) expectedStatus.set(roundId, e.status);
	}
	const rounds = await projectRoundStatuses(db, projectId);
	for (const round of rounds) {
		const expected = expectedStatus.get(round.id) ?? null;
		if (expected !== round.status) {
			problems.push({
				kind: 'roundAltered',
				roundId: round.id,
				objectType: round.object_type as SignableType,
				objectId: round.object_id,
				problem: expected ? 'statusDiffers' : 'noAudit',
				status: round.status,
				expectedStatus: expected
			});
		}
	}

	// A signature nobody superseded must still match its object: if it does not, the content changed without the app.
	for (const key of signed) {
		const [type, id] = key.split('\u0000') as [SignableType, string];
		const round = await latestRound(db, projectId, type, id);
		const content = await signableContent(db, projectId, type, id).catch(() => null);
		for (const r of rows.filter(
			(x) => x.object_type === type && x.object_id === id && !x.superseded_at && x.round_id === round?.id
		)) {
			if (!content || r.content_hash !== content.hash)
				problems.push({ kind: 'contentChanged', objectType: type, objectId: id, signoffId: r.id });
		}
	}

	const head = await chainHead(db, projectId);
	const chain = verifyChain(
		audit,
		head ? { last_hash: head.last_hash, last_seq: Number(head.last_seq) } : null,
		mac,
		await keyedSince(db)
	);
	for (const b of chain.breaks) {
		if (b.problem === 'unknownKey') missingKeys.add(b.keyId ?? '');
		else if (b.problem === 'legacyAfterKeyed') problems.push({ kind: 'chainDowngraded', auditSeq: b.seq });
		else problems.push({ kind: 'chainBroken', auditSeq: b.seq, problem: b.problem });
	}

	const file = await readAnchors(projectId, mac);
	const mismatches = compareWithAnchors(audit, file.anchors);
	if (mismatches.length) {
		const first = mismatches[0];
		problems.push({
			kind: 'anchorMismatch',
			auditSeq: first.anchor.seq,
			anchoredAt: first.anchor.at,
			problem: first.problem,
			count: mismatches.length
		});
	}
	for (const line of file.invalid) {
		if (line.reason === 'unknownKey') missingKeys.add(line.keyId ?? '');
		else if (line.reason !== 'torn')
			problems.push({ kind: 'anchorInvalid', line: line.line, problem: line.reason });
	}
	// Every sign-off is anchored as it commits; a keyed signature with no anchor means the file was lost or replaced.
	const signedUnderKey = audit.some((a) => a.action === 'signoff.sign' && a.key_id !== null);
	if (signedUnderKey && file.anchors.length === 0)
		problems.push({ kind: 'anchorMissing', problem: file.status === 'ok' ? 'empty' : file.status });
	for (const keyId of missingKeys) problems.unshift({ kind: 'keyMissing', keyId });

	const latest = file.anchors.reduce<(typeof file.anchors)[number] | null>(
		(best, a) => (!best || a.seq > best.seq ? a : best),
		null
	);
	return {
		ok: problems.length === 0,
		checkedAt: new Date().toISOString(),
		checked: {
			deliverableVersions: versions.length,
			signoffs: rows.length,
			auditRows: audit.length,
			signedObjects: signed.size,
			rounds: rounds.length,
			anchors: file.anchors.length
		},
		legacy: { auditRows: chain.legacyRows, signoffs: legacySignoffs },
		keys: { current: ring.currentId, used: chain.keyIds },
		anchor: {
			status: file.status,
			anchors: file.anchors.length,
			latest: latest
				? { at: latest.at, seq: latest.seq, rows: latest.rows, head: latest.head, keyId: latest.keyId }
				: null,
			unanchoredRows: audit.filter((a) => a.seq > (latest?.seq ?? 0)).length
		},
		problems
	};
}
