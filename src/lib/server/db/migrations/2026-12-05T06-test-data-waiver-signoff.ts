import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

/**
 * A test cycle's simulated-data waiver becomes signable (object type `testDataWaiver`, object id = the cycle).
 * Existing projects get the default slots new projects get: one 甲方 负责人 and one 乙方 负责人.
 */
export async function up(db: Kysely<any>): Promise<void> {
	const projects = await db.selectFrom('projects').select('id').execute();
	const now = new Date().toISOString();
	for (const p of projects)
		for (const [i, side] of ['client', 'vendor'].entries())
			await db
				.insertInto('signoff_slots')
				.values({
					id: `${p.id}-testDataWaiver-${side}`,
					project_id: p.id,
					object_type: 'testDataWaiver',
					side,
					role: 'lead',
					order_index: i,
					created_at: now
				})
				.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.deleteFrom('signoff_slots').where('object_type', '=', 'testDataWaiver').execute();
}
