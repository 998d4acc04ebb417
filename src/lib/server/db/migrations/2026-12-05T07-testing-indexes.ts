import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

/**
 * The test figures read every planned case of a project in cycle and plan order (15,000 rows on a big
 * project): an index in that order saves the sort on every figures, gate and traceability read.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createIndex('test_cycle_cases_order_idx')
		.on('test_cycle_cases')
		.columns(['project_id', 'cycle_id', 'position'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('test_cycle_cases_order_idx').execute();
}
