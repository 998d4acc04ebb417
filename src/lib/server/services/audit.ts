import type { Conn } from '../db';
import { keyedAuditRowHash } from '../../signoff/chain';
import { markAnchorDirty } from '../integrity/anchors';
import { currentMac } from '../integrity/keys';
import { nowIso } from '../ids';
import { appendAuditRow, lockChainHead, type Actor, type AuditRecord } from '../repo/audit';
import { inTransaction } from './transaction';

export type { Actor, AuditRecord };

/**
 * Append one audit row, linked into its project's hash chain. Callers pass their transaction so the record and
 * the change commit together; touching the chain head first takes its row lock, so concurrent writers to one
 * project queue up instead of forking the chain. Each row is MACed with the current integrity key (kept outside
 * the database), so nobody who can only edit the database can re-link the chain after changing a row.
 */
export function recordAudit(db: Conn, actor: Actor, record: AuditRecord): Promise<void> {
	return inTransaction(db, (trx) => appendChained(trx, actor, record));
}

async function appendChained(db: Conn, actor: Actor, record: AuditRecord): Promise<void> {
	const scope = record.projectId ?? '';
	const prevHash = await lockChainHead(db, scope);
	const fields = {
		at: nowIso(),
		actor_id: actor.userId,
		action: record.action,
		object_type: record.objectType,
		object_id: record.objectId ?? null,
		project_id: record.projectId ?? null,
		ip: actor.ip,
		detail: JSON.stringify(record.detail ?? {})
	};
	const { keyId, mac } = currentMac();
	const rowHash = keyedAuditRowHash(mac, keyId, prevHash, fields)!;
	await appendAuditRow(db, scope, { ...fields, prev_hash: prevHash, row_hash: rowHash, key_id: keyId });
	markAnchorDirty(scope);
}
