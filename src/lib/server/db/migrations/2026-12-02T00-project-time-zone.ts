import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

/**
 * Each project shows and prints times in one IANA time zone (the project's, not the server's or the viewer's
 * browser), so a signature at 23:30 in Shanghai is not recorded as the previous day for a reviewer abroad.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('projects')
		.addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('Asia/Shanghai'))
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('projects').dropColumn('time_zone').execute();
}
