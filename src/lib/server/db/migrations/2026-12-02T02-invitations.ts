import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

/**
 * Invitations to a project by e-mail address, before the invitee has an account: the side and roles are set by
 * the manager who invites; the link's secret is stored only as its SHA-256 hash and works once.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('project_invitations')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
		.addColumn('email', 'text', (c) => c.notNull())
		.addColumn('side', 'text', (c) => c.notNull())
		.addColumn('roles', 'text', (c) => c.notNull())
		.addColumn('secret_hash', 'text', (c) => c.notNull())
		.addColumn('invited_by', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('sent_at', 'text', (c) => c.notNull())
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.addColumn('accepted_at', 'text')
		.addColumn('accepted_by', 'text', (c) => c.references('users.id'))
		.addColumn('revoked_at', 'text')
		.addColumn('revoked_by', 'text', (c) => c.references('users.id'))
		.execute();
	await db.schema
		.createIndex('project_invitations_project_email_idx')
		.on('project_invitations')
		.columns(['project_id', 'email'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('project_invitations').execute();
}
