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

/** The hashed fields of one audit row, as the chain hashes them. */
export interface AuditFields {
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
 * Takes the row lock of a chain head (creating the head when the scope has none yet) and answers its last
 * hash: concurrent writers to one scope queue up here instead of forking the chain. Run inside a transaction.
 */
export async function lockChainHead(db: Conn, scope: string): Promise<string> {
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
	return head.last_hash;
}

/** Appends a linked row and moves its scope's chain head onto it. */
export async function appendAuditRow(
	db: Conn,
	scope: string,
	row: AuditFields & { prev_hash: string; row_hash: string; key_id: string }
): Promise<void> {
	const inserted = await db.insertInto('audit_log').values(row).returning('seq').executeTakeFirstOrThrow();
	await db
		.updateTable('audit_chain_heads')
		.set({ last_hash: row.row_hash, last_seq: Number(inserted.seq) })
		.where('scope', '=', scope)
		.execute();
}

export async function listAudit(db: Conn, filter: { projectId?: string; limit?: number } = {}) {
	let q = db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc');
	if (filter.projectId) q = q.where('project_id', '=', filter.projectId);
	return q.limit(filter.limit ?? 100).execute();
}
