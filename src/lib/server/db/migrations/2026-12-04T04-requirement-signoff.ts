import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

/**
 * A client requirement the vendor marks 不实施 becomes signable (object type `requirement`). Existing projects
 * get the default slots new projects get: one 甲方 负责人 and one 乙方 负责人.
 */
export async function up(db: Kysely<any>): Promise<void> {
	const projects = await db.selectFrom('projects').select('id').execute();
	const now = new Date().toISOString();
	for (const p of projects)
		for (const [i, side] of ['client', 'vendor'].entries())
			await db
				.insertInto('signoff_slots')
				.values({
					id: `${p.id}-requirement-${side}`,
					project_id: p.id,
					object_type: 'requirement',
					side,
					role: 'lead',
					order_index: i,
					created_at: now
				})
				.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.deleteFrom('signoff_slots').where('object_type', '=', 'requirement').execute();
}
