import { canonicalJson, contentHash, type Canonical } from './canonical';

/**
 * The stored fields of one audit row that its hash covers (seq is not: the chain itself fixes the order). The audit
 * table's type is built from this interface (db/tables/audit.ts), so a hashed field is always a column.
 */
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
 * Each hashed column and the name it has in the hashed body. Frozen: these names are part of every stored hash.
 * `satisfies` makes the compiler refuse a field of the interface that is missing here, or one here it lacks.
 */
export const CHAINED_AUDIT_FIELDS = {
	at: 'at',
	actor_id: 'actorId',
	action: 'action',
	object_type: 'objectType',
	object_id: 'objectId',
	project_id: 'projectId',
	ip: 'ip',
	detail: 'detail'
} as const satisfies Record<keyof ChainedAuditFields, string>;

/** The hashed column names, in declaration order. */
export const CHAINED_AUDIT_COLUMNS = Object.keys(CHAINED_AUDIT_FIELDS) as (keyof ChainedAuditFields)[];

/**
 * A keyed MAC over a message with the key of the given id, hex-encoded; null when that key is not on hand.
 * The server supplies it (HMAC-SHA-256 with a secret kept outside the database), so this module stays pure.
 */
export type Mac = (keyId: string, message: string) => string | null;

/**
 * The unkeyed hash of rows written before keys were introduced (key_id null): anyone can recompute it, so it
 * only proves order, not authorship. Must stay byte-identical to the frozen copy in migration 2026-11-27T04-signoff.
 */
export function auditRowHash(prev: string, r: ChainedAuditFields): string {
	return contentHash(chainBody(prev, r));
}

function chainBody(prev: string, r: ChainedAuditFields): { [key: string]: Canonical } {
	const body: { [key: string]: Canonical } = { prev };
	for (const column of CHAINED_AUDIT_COLUMNS) body[CHAINED_AUDIT_FIELDS[column]] = r[column];
	return body;
}

/** Each row's MAC covers the previous row's hash and its own key id, so without the key nobody can re-link the chain. */
export function keyedAuditRowHash(
	mac: Mac,
	keyId: string,
	prev: string,
	r: ChainedAuditFields
): string | null {
	return mac(keyId, canonicalJson({ ...chainBody(prev, r), keyId }));
}

export interface ChainBreak {
	seq: number;
	problem: 'prevMismatch' | 'hashMismatch' | 'headMismatch' | 'legacyAfterKeyed' | 'unknownKey';
	keyId?: string;
}

export type ChainRow = ChainedAuditFields & {
	seq: number;
	prev_hash: string | null;
	row_hash: string | null;
	key_id: string | null;
};

export interface ChainVerdict {
	breaks: ChainBreak[];
	/** Rows hashed without a key (written before keys existed): verified as legacy, proof of order only. */
	legacyRows: number;
	keyIds: string[];
}

/**
 * Walks one scope's rows in seq order and reports every link that does not hold. A legacy row after a keyed
 * one, or one dated after keys were introduced, is a downgrade: only someone without the key writes those.
 */
export function verifyChain(
	rows: readonly ChainRow[],
	head: { last_hash: string; last_seq: number } | null,
	mac: Mac,
	keyedSince: string | null = null
): ChainVerdict {
	const breaks: ChainBreak[] = [];
	const keyIds = new Set<string>();
	let prev = '';
	let legacyRows = 0;
	let keyedSeen = false;
	for (const r of rows) {
		if (r.prev_hash !== prev) breaks.push({ seq: r.seq, problem: 'prevMismatch' });
		if (r.key_id === null) {
			legacyRows++;
			if (keyedSeen || (keyedSince !== null && r.at > keyedSince))
				breaks.push({ seq: r.seq, problem: 'legacyAfterKeyed' });
			if (r.row_hash !== auditRowHash(r.prev_hash ?? '', r))
				breaks.push({ seq: r.seq, problem: 'hashMismatch' });
		} else {
			keyedSeen = true;
			keyIds.add(r.key_id);
			const expected = keyedAuditRowHash(mac, r.key_id, r.prev_hash ?? '', r);
			if (expected === null) breaks.push({ seq: r.seq, problem: 'unknownKey', keyId: r.key_id });
			else if (r.row_hash !== expected) breaks.push({ seq: r.seq, problem: 'hashMismatch' });
		}
		prev = r.row_hash ?? '';
	}
	const last = rows.at(-1);
	if (head && (head.last_hash !== prev || (last && Number(head.last_seq) !== last.seq)))
		breaks.push({ seq: Number(head.last_seq), problem: 'headMismatch' });
	return { breaks, legacyRows, keyIds: [...keyIds] };
}
