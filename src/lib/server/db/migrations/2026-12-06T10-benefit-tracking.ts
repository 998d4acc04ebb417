import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

// An expected benefit is a measure the monitoring phase tracks: besides its baseline and target it says how it is
// measured (method and data source), how often, and who answers for it.

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('process_benefits')
		.addColumn('method', 'text', (c) => c.notNull().defaultTo(''))
		.execute();
	await db.schema
		.alterTable('process_benefits')
		.addColumn('frequency', 'text', (c) =>
			c.check(sql`frequency is null or frequency in ('weekly', 'monthly', 'quarterly', 'yearly')`)
		)
		.execute();
	await db.schema
		.alterTable('process_benefits')
		.addColumn('owner_name', 'text', (c) => c.notNull().defaultTo(''))
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('process_benefits').dropColumn('owner_name').execute();
	await db.schema.alterTable('process_benefits').dropColumn('frequency').execute();
	await db.schema.alterTable('process_benefits').dropColumn('method').execute();
}
