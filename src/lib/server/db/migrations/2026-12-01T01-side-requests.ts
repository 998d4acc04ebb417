import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

/**
 * A member who has signed keeps their side; moving them to another side is a request that a project manager or
 * lead of the other side has to approve.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('member_side_requests')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
		.addColumn('member_id', 'text', (c) => c.notNull().references('project_members.id').onDelete('cascade'))
		.addColumn('from_side', 'text', (c) => c.notNull())
		.addColumn('to_side', 'text', (c) => c.notNull())
		.addColumn('requested_by', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('requester_side', 'text', (c) => c.notNull())
		.addColumn('requested_at', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
		.addColumn('decided_by', 'text', (c) => c.references('users.id'))
		.addColumn('decided_at', 'text')
		.execute();
	await db.schema
		.createIndex('member_side_requests_project_idx')
		.on('member_side_requests')
		.columns(['project_id', 'status'])
		.execute();
	await db.schema
		.createIndex('signoffs_signer_idx')
		.on('signoffs')
		.columns(['project_id', 'user_id'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('signoffs_signer_idx').execute();
	await db.schema.dropTable('member_side_requests').execute();
}
