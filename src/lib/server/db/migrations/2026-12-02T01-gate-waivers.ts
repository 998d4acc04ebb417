import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

/**
 * A gate passes only on finished evidence (cited deliverables approved, the phase's work done) or on a waiver
 * per exception: which deliverable or task, why, who waived it and when. Waivers are part of the gate's signed
 * content; one waiver per object and gate.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('gate_waivers')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
		.addColumn('phase_id', 'text', (c) => c.notNull().references('phases.id').onDelete('cascade'))
		.addColumn('subject_type', 'text', (c) => c.notNull().check(sql`subject_type in ('deliverable', 'task')`))
		.addColumn('subject_id', 'text', (c) => c.notNull())
		.addColumn('subject_name', 'text', (c) => c.notNull())
		.addColumn('reason', 'text', (c) => c.notNull())
		.addColumn('observed', 'text', (c) => c.notNull())
		.addColumn('waived_by', 'text', (c) => c.references('users.id'))
		.addColumn('waived_by_name', 'text', (c) => c.notNull())
		.addColumn('waived_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('gate_waivers_subject_unique', ['phase_id', 'subject_type', 'subject_id'])
		.execute();
	await db.schema
		.createIndex('gate_waivers_project_idx')
		.on('gate_waivers')
		.columns(['project_id'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('gate_waivers').execute();
}
