import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

/**
 * A project manager's commentary on one week (Monday, in the project's time zone), printed in that week's
 * report as entered. Versioned so two managers editing the same week cannot overwrite each other unseen.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('weekly_commentaries')
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
		.addColumn('week_start', 'text', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('updated_by', 'text')
		.addPrimaryKeyConstraint('weekly_commentaries_pk', ['project_id', 'week_start'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('weekly_commentaries').execute();
}
