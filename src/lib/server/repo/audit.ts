import { sql } from 'kysely';
import type { SignableRef } from '../../signoff/types';
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

/** One project's audit rows of these actions about an object (or, for a gate or task, its phase/task rows). */
export async function objectAuditEvents(
	db: Conn,
	projectId: string,
	ref: SignableRef,
	actions: readonly string[]
) {
	let q = db
		.selectFrom('audit_log')
		.leftJoin('users', 'users.id', 'audit_log.actor_id')
		.select([
			'audit_log.seq',
			'audit_log.at',
			'audit_log.action',
			'audit_log.detail',
			'users.name as actorName'
		])
		.where('audit_log.project_id', '=', projectId)
		.where('audit_log.action', 'in', actions);
	q = q.where((eb) => {
		const self = eb.and([eb('audit_log.object_type', '=', ref.type), eb('audit_log.object_id', '=', ref.id)]);
		if (ref.type === 'gate')
			return eb.or([
				self,
				eb.and([eb('audit_log.object_type', '=', 'phase'), eb('audit_log.object_id', '=', ref.id)])
			]);
		if (ref.type === 'task')
			return eb.or([
				self,
				eb.and([eb('audit_log.object_type', '=', 'task'), eb('audit_log.object_id', '=', ref.id)])
			]);
		return self;
	});
	return q.orderBy('audit_log.seq').execute();
}

/** Every audit row of one project, oldest first. */
export async function projectAuditRows(db: Conn, projectId: string) {
	return db.selectFrom('audit_log').selectAll().where('project_id', '=', projectId).orderBy('seq').execute();
}

/** The chain head of one scope (a project id), if any row was ever appended. */
export async function chainHead(db: Conn, scope: string) {
	return db
		.selectFrom('audit_chain_heads')
		.select(['last_hash', 'last_seq'])
		.where('scope', '=', scope)
		.executeTakeFirst();
}

const KEYS_MIGRATION = '2026-12-01T02-integrity-keys';

/** When rows started being keyed: a legacy row dated later was written by someone without the key. */
export async function keyedSince(db: Conn): Promise<string | null> {
	try {
		const { rows } = await sql<{
			timestamp: string;
		}>`select timestamp from kysely_migration where name = ${KEYS_MIGRATION}`.execute(db);
		return rows[0]?.timestamp ?? null;
	} catch {
		return null;
	}
}

/** Every chain head (one per scope; '' is the instance scope). */
export async function allChainHeads(db: Conn) {
	return db.selectFrom('audit_chain_heads').select(['scope', 'last_hash']).execute();
}

/** How many rows of a scope ('' = rows without a project) have a seq up to `seq`. */
export async function countAuditRowsUpTo(db: Conn, scope: string, seq: number): Promise<string | number> {
	let q = db
		.selectFrom('audit_log')
		.select((eb) => eb.fn.countAll<string | number>().as('n'))
		.where('seq', '<=', seq);
	q = scope === '' ? q.where('project_id', 'is', null) : q.where('project_id', '=', scope);
	const { n } = await q.executeTakeFirstOrThrow();
	return n;
}
