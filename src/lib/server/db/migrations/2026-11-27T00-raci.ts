import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

export async function up(db: Kysely<any>): Promise<void> {
	// The seed's shared and separate duties, copied into each project so a team can reword or add to them.
	await db.schema
		.createTable('raci_duties')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
		.addColumn('key', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('side', 'text')
		.addColumn('text', 'text', (c) => c.notNull())
		.addColumn('text_en', 'text')
		.addColumn('order_index', 'integer', (c) => c.notNull())
		.addUniqueConstraint('raci_duties_project_key_uq', ['project_id', 'key'])
		.execute();

	// One letter per (row, column). Rows are tasks, deliverables or duties ("task:<id>" …); columns are
	// "<side>:<role>". Clearing a cell keeps its row with an empty value, so its version keeps counting and a
	// stale edit of a cleared cell is still caught.
	await db.schema
		.createTable('raci_cells')
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
		.addColumn('row_key', 'text', (c) => c.notNull())
		.addColumn('column_id', 'text', (c) => c.notNull())
		.addColumn('value', 'text', (c) => c.notNull())
		.addColumn('version', 'integer', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('updated_by', 'text')
		.addPrimaryKeyConstraint('raci_cells_pk', ['project_id', 'row_key', 'column_id'])
		.execute();

	// The thresholds of the two warning rules, per project.
	await db.schema
		.createTable('raci_settings')
		.addColumn('project_id', 'text', (c) => c.primaryKey().references('projects.id').onDelete('cascade'))
		.addColumn('overload_share', 'real', (c) => c.notNull().defaultTo(0.5))
		.addColumn('max_consulted', 'integer', (c) => c.notNull().defaultTo(3))
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.execute();

	await db.schema
		.createTable('raci_baselines')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
		.addColumn('number', 'integer', (c) => c.notNull())
		.addColumn('label', 'text', (c) => c.notNull())
		.addColumn('snapshot', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text')
		.addUniqueConstraint('raci_baselines_project_number_uq', ['project_id', 'number'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ['raci_baselines', 'raci_settings', 'raci_cells', 'raci_duties'])
		await db.schema.dropTable(table).ifExists().execute();
}
