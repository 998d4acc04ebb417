import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { keyedAuditRowHash } from '../../signoff/chain';
import { markAnchorDirty } from '../integrity/anchors';
import { currentMac } from '../integrity/keys';
import { nowIso } from '../ids';
import type { Conn } from '../db';

export interface Actor {
	userId: string | null;
	ip: string | null;
}

export interface AuditRecord {
	action: string;
	objectType: string;
	objectId?: string | null;
	projectId?: string | null;
	detail?: Record<string, unknown>;
}

/**
 * Append one audit row, linked into its project's hash chain. Callers pass their transaction so the record and
 * the change commit together; touching the chain head first takes its row lock, so concurrent writers to one
 * project queue up instead of forking the chain. Each row is MACed with the current integrity key (kept outside
 * the database), so nobody who can only edit the database can re-link the chain after changing a row.
 */
export async function recordAudit(db: Conn, actor: Actor, record: AuditRecord): Promise<void> {
	if (!db.isTransaction)
		return (db as Kysely<Database>).transaction().execute((trx) => recordAudit(trx, actor, record));
	const scope = record.projectId ?? '';
	const locked = await db
		.updateTable('audit_chain_heads')
		.set((eb) => ({ last_seq: eb.ref('last_seq') }))
		.where('scope', '=', scope)
		.executeTakeFirst();
	if (Number(locked.numUpdatedRows) === 0)
		await db.insertInto('audit_chain_heads').values({ scope, last_hash: '', last_seq: 0 }).execute();
	const head = await db
		.selectFrom('audit_chain_heads')
		.select('last_hash')
		.where('scope', '=', scope)
		.executeTakeFirstOrThrow();
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
	const rowHash = keyedAuditRowHash(mac, keyId, head.last_hash, fields)!;
	const inserted = await db
		.insertInto('audit_log')
		.values({ ...fields, prev_hash: head.last_hash, row_hash: rowHash, key_id: keyId })
		.returning('seq')
		.executeTakeFirstOrThrow();
	await db
		.updateTable('audit_chain_heads')
		.set({ last_hash: rowHash, last_seq: Number(inserted.seq) })
		.where('scope', '=', scope)
		.execute();
	markAnchorDirty(scope);
}

export async function listAudit(db: Conn, filter: { projectId?: string; limit?: number } = {}) {
	let q = db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc');
	if (filter.projectId) q = q.where('project_id', '=', filter.projectId);
	return q.limit(filter.limit ?? 100).execute();
}
