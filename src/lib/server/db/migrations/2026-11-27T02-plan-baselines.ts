import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

export async function up(db: Kysely<any>): Promise<void> {
	// A named snapshot of every task's planned dates, to measure slippage against.
	await db.schema
		.createTable('plan_baselines')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
		.addColumn('number', 'integer', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('automatic', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('snapshot', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text')
		.addUniqueConstraint('plan_baselines_project_number_uq', ['project_id', 'number'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('plan_baselines').ifExists().execute();
}
