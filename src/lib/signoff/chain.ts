import { contentHash } from './canonical';

/** The stored fields of one audit row that its hash covers (seq is not: the chain itself fixes the order). */
export interface ChainedAuditFields {
	at: string;
	actor_id: string | null;
	action: string;
	object_type: string;
	object_id: string | null;
	project_id: string | null;
	ip: string | null;
	detail: string;
}

/**
 * Each row's hash covers the previous row's hash, so altering, deleting or reordering any row breaks every
 * later link. Must stay byte-identical to the frozen copy in migration 2026-11-27T04-signoff.
 */
export function auditRowHash(prev: string, r: ChainedAuditFields): string {
	return contentHash({
		prev,
		at: r.at,
		actorId: r.actor_id,
		action: r.action,
		objectType: r.object_type,
		objectId: r.object_id,
		projectId: r.project_id,
		ip: r.ip,
		detail: r.detail
	});
}

export interface ChainBreak {
	seq: number;
	problem: 'prevMismatch' | 'hashMismatch' | 'headMismatch';
}

/** Walks one scope's rows in seq order and reports every link that does not hold. */
export function verifyChain(
	rows: readonly (ChainedAuditFields & { seq: number; prev_hash: string | null; row_hash: string | null })[],
	head: { last_hash: string; last_seq: number } | null
): ChainBreak[] {
	const breaks: ChainBreak[] = [];
	let prev = '';
	for (const r of rows) {
		if (r.prev_hash !== prev) breaks.push({ seq: r.seq, problem: 'prevMismatch' });
		if (r.row_hash !== auditRowHash(r.prev_hash ?? '', r)) breaks.push({ seq: r.seq, problem: 'hashMismatch' });
		prev = r.row_hash ?? '';
	}
	const last = rows.at(-1);
	if (head && (head.last_hash !== prev || (last && Number(head.last_seq) !== last.seq))) breaks.push({ seq: Number(head.last_seq), problem: 'headMismatch' });
	return breaks;
}
