import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

// The testing gate computes its items from the test figures; an offending cycle (exit criteria not met, report
// not signed), test case (not run, not passing) or open severe defect may be waived (named, signed) like a task.

const BEFORE = [
	'deliverable',
	'task',
	'registerItem',
	'process',
	'painPoint',
	'requirement',
	'customisation',
	'processDomain'
];
const AFTER = [...BEFORE, 'testCycle', 'testCase', 'defect'];

export async function up(db: Kysely<any>): Promise<void> {
	await rebuildWaivers(db, AFTER);
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.deleteFrom('gate_waivers').where('subject_type', 'not in', BEFORE).execute();
	await rebuildWaivers(db, BEFORE);
}

/** A CHECK cannot be altered portably: the table is rebuilt with the new list of subjects, rows kept. */
async function rebuildWaivers(db: Kysely<any>, subjects: string[]): Promise<void> {
	const list = sql.join(subjects.map((s) => sql.lit(s)));
	await db.schema
		.createTable('gate_waivers_next')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
		.addColumn('phase_id', 'text', (c) => c.notNull().references('phases.id').onDelete('cascade'))
		.addColumn('subject_type', 'text', (c) => c.notNull().check(sql`subject_type in (${list})`))
		.addColumn('subject_id', 'text', (c) => c.notNull())
		.addColumn('subject_name', 'text', (c) => c.notNull())
		.addColumn('reason', 'text', (c) => c.notNull())
		.addColumn('observed', 'text', (c) => c.notNull())
		.addColumn('waived_by', 'text', (c) => c.references('users.id'))
		.addColumn('waived_by_name', 'text', (c) => c.notNull())
		.addColumn('waived_at', 'text', (c) => c.notNull())
		.execute();
	await sql`insert into gate_waivers_next select id, project_id, phase_id, subject_type, subject_id, subject_name,
		reason, observed, waived_by, waived_by_name, waived_at from gate_waivers`.execute(db);
	await db.schema.dropTable('gate_waivers').execute();
	await db.schema.alterTable('gate_waivers_next').renameTo('gate_waivers').execute();
	// Named after the drop: index and constraint names are per schema on PostgreSQL.
	await db.schema
		.createIndex('gate_waivers_subject_unique')
		.on('gate_waivers')
		.columns(['phase_id', 'subject_type', 'subject_id'])
		.unique()
		.execute();
	await db.schema
		.createIndex('gate_waivers_project_idx')
		.on('gate_waivers')
		.columns(['project_id'])
		.execute();
}
