import { createHash } from 'node:crypto';
import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code. The audit-row hash below is a frozen copy
// of src/lib/server/signoff/chain.ts as it was when the chain was introduced.

function isPostgres(db: Kysely<any>): boolean {
	return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Rows that, once written, are evidence: never updated, never deleted. */
const APPEND_ONLY = ['audit_log', 'signoffs', 'signoff_supersessions', 'deliverable_versions'];

function canonical(value: unknown): string {
	if (value === null || typeof value !== 'object') return JSON.stringify(value);
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	const o = value as Record<string, unknown>;
	const keys = Object.keys(o)
		.filter((k) => o[k] !== undefined)
		.sort();
	return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
}

function auditRowHash(prev: string, r: Record<string, unknown>): string {
	const body = {
		prev,
		at: r.at,
		actorId: r.actor_id,
		action: r.action,
		objectType: r.object_type,
		objectId: r.object_id,
		projectId: r.project_id,
		ip: r.ip,
		detail: r.detail
	};
	return createHash('sha256').update(canonical(body)).digest('hex');
}

export async function up(db: Kysely<any>): Promise<void> {
	const pg = isPostgres(db);
	await db.schema
		.alterTable('projects')
		.addColumn('review_days', 'integer', (c) => c.notNull().defaultTo(3))
		.execute();

	await db.schema
		.createTable('deliverable_versions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
		.addColumn('deliverable_id', 'text', (c) => c.notNull().references('deliverables.id'))
		.addColumn('number', 'integer', (c) => c.notNull())
		.addColumn('filename', 'text', (c) => c.notNull())
		.addColumn('media_type', 'text', (c) => c.notNull())
		.addColumn('size_bytes', 'integer', (c) => c.notNull())
		.addColumn('sha256', 'text', (c) => c.notNull())
		.addColumn('content', pg ? 'bytea' : 'blob', (c) => c.notNull())
		.addColumn('source', 'text', (c) => c.notNull())
		.addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text')
		.addUniqueConstraint('deliverable_versions_number_uq', ['deliverable_id', 'number'])
		.execute();

	await db.schema
		.createTable('signoff_slots')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
		.addColumn('object_type', 'text', (c) => c.notNull())
		.addColumn('side', 'text', (c) => c.notNull())
		.addColumn('role', 'text', (c) => c.notNull())
		.addColumn('order_index', 'integer', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('signoff_slots_uq', ['project_id', 'object_type', 'side', 'role'])
		.execute();

	// One submission of one object; its hash and revision move when the content changes under review.
	await db.schema
		.createTable('review_rounds')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
		.addColumn('object_type', 'text', (c) => c.notNull())
		.addColumn('object_id', 'text', (c) => c.notNull())
		.addColumn('number', 'integer', (c) => c.notNull())
		.addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('content_hash', 'text', (c) => c.notNull())
		.addColumn('slots', 'text', (c) => c.notNull())
		.addColumn('submitted_by', 'text')
		.addColumn('submitter_name', 'text', (c) => c.notNull())
		.addColumn('submitter_side', 'text', (c) => c.notNull())
		.addColumn('submitted_at', 'text', (c) => c.notNull())
		.addColumn('due_date', 'text', (c) => c.notNull())
		.addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.addUniqueConstraint('review_rounds_number_uq', ['project_id', 'object_type', 'object_id', 'number'])
		.execute();
	await db.schema
		.createIndex('review_rounds_project_idx')
		.on('review_rounds')
		.columns(['project_id', 'status'])
		.execute();

	await db.schema
		.createTable('signoffs')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
		.addColumn('round_id', 'text', (c) => c.notNull().references('review_rounds.id'))
		.addColumn('revision', 'integer', (c) => c.notNull())
		.addColumn('object_type', 'text', (c) => c.notNull())
		.addColumn('object_id', 'text', (c) => c.notNull())
		.addColumn('slot_id', 'text', (c) => c.notNull())
		.addColumn('member_id', 'text', (c) => c.notNull())
		.addColumn('user_id', 'text', (c) => c.notNull())
		.addColumn('signer_name', 'text', (c) => c.notNull())
		.addColumn('signer_side', 'text', (c) => c.notNull())
		.addColumn('signer_role', 'text', (c) => c.notNull())
		.addColumn('decision', 'text', (c) => c.notNull())
		.addColumn('meaning', 'text', (c) => c.notNull())
		.addColumn('comment', 'text', (c) => c.notNull())
		.addColumn('content_hash', 'text', (c) => c.notNull())
		.addColumn('signed_at', 'text', (c) => c.notNull())
		// Two people racing for one slot: the database lets exactly one of them in.
		.addUniqueConstraint('signoffs_slot_uq', ['round_id', 'revision', 'slot_id'])
		.execute();
	await db.schema
		.createIndex('signoffs_object_idx')
		.on('signoffs')
		.columns(['project_id', 'object_type', 'object_id'])
		.execute();

	await db.schema
		.createTable('signoff_supersessions')
		.addColumn('signoff_id', 'text', (c) => c.primaryKey().references('signoffs.id'))
		.addColumn('project_id', 'text', (c) => c.notNull())
		.addColumn('superseded_at', 'text', (c) => c.notNull())
		.addColumn('reason', 'text', (c) => c.notNull())
		.addColumn('new_hash', 'text', (c) => c.notNull())
		.addColumn('actor_id', 'text')
		.execute();

	await db.schema
		.createTable('notifications')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('object_type', 'text', (c) => c.notNull())
		.addColumn('object_id', 'text', (c) => c.notNull())
		.addColumn('round_id', 'text')
		.addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('read_at', 'text')
		.execute();
	await db.schema
		.createIndex('notifications_user_idx')
		.on('notifications')
		.columns(['user_id', 'read_at'])
		.execute();

	// The audit log becomes a hash chain per project ('' for instance-wide rows); the head row is the lock
	// that orders concurrent writers and lets verification notice a truncated tail.
	await db.schema.alterTable('audit_log').addColumn('prev_hash', 'text').execute();
	await db.schema.alterTable('audit_log').addColumn('row_hash', 'text').execute();
	await db.schema
		.createTable('audit_chain_heads')
		.addColumn('scope', 'text', (c) => c.primaryKey())
		.addColumn('last_hash', 'text', (c) => c.notNull())
		.addColumn('last_seq', 'integer', (c) => c.notNull())
		.execute();
	const heads = new Map<string, { hash: string; seq: number }>();
	const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
	for (const r of rows) {
		const scope = r.project_id ?? '';
		const prev = heads.get(scope)?.hash ?? '';
		const hash = auditRowHash(prev, r);
		await db
			.updateTable('audit_log')
			.set({ prev_hash: prev, row_hash: hash })
			.where('seq', '=', r.seq)
			.execute();
		heads.set(scope, { hash, seq: Number(r.seq) });
	}
	for (const [scope, h] of heads)
		await db.insertInto('audit_chain_heads').values({ scope, last_hash: h.hash, last_seq: h.seq }).execute();

	// Existing projects get the default slots: one 甲方 负责人 and one 乙方 负责人 per signable type.
	const projects = await db.selectFrom('projects').select('id').execute();
	const now = new Date().toISOString();
	for (const p of projects) {
		for (const type of ['deliverable', 'task', 'raciBaseline', 'gate', 'cutover']) {
			for (const [i, side] of ['client', 'vendor'].entries()) {
				await db
					.insertInto('signoff_slots')
					.values({
						id: `${p.id}-${type}-${side}`,
						project_id: p.id,
						object_type: type,
						side,
						role: 'lead',
						order_index: i,
						created_at: now
					})
					.execute();
			}
		}
	}

	for (const table of APPEND_ONLY) {
		if (pg) {
			await sql`create or replace function workbench_append_only() returns trigger language plpgsql as $$ begin raise exception '% is append-only', tg_table_name; end; $$`.execute(
				db
			);
			await sql
				.raw(
					`create trigger ${table}_append_only before update or delete on ${table} for each row execute function workbench_append_only()`
				)
				.execute(db);
			await sql
				.raw(
					`create trigger ${table}_no_truncate before truncate on ${table} for each statement execute function workbench_append_only()`
				)
				.execute(db);
		} else {
			for (const op of ['update', 'delete']) {
				await sql
					.raw(
						`create trigger ${table}_no_${op} before ${op} on ${table} begin select raise(abort, '${table} is append-only'); end`
					)
					.execute(db);
			}
		}
	}
}

export async function down(db: Kysely<any>): Promise<void> {
	const pg = isPostgres(db);
	for (const table of APPEND_ONLY) {
		if (pg) {
			await sql.raw(`drop trigger if exists ${table}_append_only on ${table}`).execute(db);
			await sql.raw(`drop trigger if exists ${table}_no_truncate on ${table}`).execute(db);
		} else {
			for (const op of ['update', 'delete'])
				await sql.raw(`drop trigger if exists ${table}_no_${op}`).execute(db);
		}
	}
	if (pg) await sql`drop function if exists workbench_append_only()`.execute(db);
	await db.schema.dropTable('audit_chain_heads').ifExists().execute();
	await db.schema.alterTable('audit_log').dropColumn('row_hash').execute();
	await db.schema.alterTable('audit_log').dropColumn('prev_hash').execute();
	for (const table of [
		'notifications',
		'signoff_supersessions',
		'signoffs',
		'review_rounds',
		'signoff_slots',
		'deliverable_versions'
	]) {
		await db.schema.dropTable(table).ifExists().execute();
	}
	await db.schema.alterTable('projects').dropColumn('review_days').execute();
}
