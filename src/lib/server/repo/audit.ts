import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { nowIso } from '../ids';

type Conn = Kysely<Database> | Transaction<Database>;

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

/** Append one audit row; callers pass their transaction so the record and the change commit together. */
export async function recordAudit(db: Conn, actor: Actor, record: AuditRecord): Promise<void> {
	await db
		.insertInto('audit_log')
		.values({
			at: nowIso(),
			actor_id: actor.userId,
			action: record.action,
			object_type: record.objectType,
			object_id: record.objectId ?? null,
			project_id: record.projectId ?? null,
			ip: actor.ip,
			detail: JSON.stringify(record.detail ?? {})
		})
		.execute();
}

export async function listAudit(db: Conn, filter: { projectId?: string; limit?: number } = {}) {
	let q = db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc');
	if (filter.projectId) q = q.where('project_id', '=', filter.projectId);
	return q.limit(filter.limit ?? 100).execute();
}
