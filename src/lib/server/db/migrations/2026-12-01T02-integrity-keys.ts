import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
//
// Audit rows from here on are linked with a keyed MAC (HMAC-SHA-256, the key kept outside the database) and
// record the id of the key; rows written before keep key_id null and are verified as legacy (unkeyed) rows.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('audit_log').addColumn('key_id', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('audit_log').dropColumn('key_id').execute();
}
