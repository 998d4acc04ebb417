import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

/**
 * Readiness risks move into the project control register: every row of the old `risks` table becomes a register
 * risk (numbered per project after any risk already there, origin readinessFactor for the ones a low factor
 * raised), and the table goes. Probability follows the old severity (high 5, medium 4, low 3), impact the
 * factor's weight (≥9 → 5, ≥7 → 4, ≥5 → 3, ≥3 → 2, else 1; 3 without a factor) — the rule the readiness
 * service rates with. A gate may now waive a register item (the readiness gate's "every low factor has a risk
 * with an owner"), and a project says after how many working days an overdue item is escalated (0 = never).
 */
export async function up(db: Kysely<any>): Promise<void> {
	await sql`
		insert into register_items (id, project_id, type, number, title, description, status, owner_side,
			owner_member_id, due_date, probability, impact, score, severity, blocking, resolution, details, origin,
			origin_ref, raised_on, raised_by, raised_by_name, created_at, updated_at, closed_at, escalated_at, version)
		select s.id, s.project_id, 'risk',
			coalesce((select max(x.number) from register_items x where x.project_id = s.project_id and x.type = 'risk'), 0)
				+ row_number() over (partition by s.project_id order by s.created_at, s.id),
			s.title, coalesce(s.title_en, ''),
			case when s.status = 'closed' then 'closed' else 'identified' end,
			'joint', null, null, s.p, s.i, s.p * s.i, null, 0, '',
			'{"trigger":"","mitigation":"","contingency":""}',
			case when s.source = 'readiness' then 'readinessFactor' else 'manual' end,
			s.source_ref, substr(s.created_at, 1, 10), null, '', s.created_at, s.updated_at,
			case when s.status = 'closed' then s.updated_at else null end, null, 1
		from (
			select r.*,
				case r.severity when 'high' then 5 when 'medium' then 4 else 3 end as p,
				case when f.weight is null then 3 when f.weight >= 9 then 5 when f.weight >= 7 then 4
					when f.weight >= 5 then 3 when f.weight >= 3 then 2 else 1 end as i
			from risks r left join readiness_factors f on f.id = r.source_ref
		) s
	`.execute(db);
	await db.schema.dropTable('risks').execute();

	await rebuildWaivers(db, ['deliverable', 'task', 'registerItem']);

	await db.schema
		.alterTable('projects')
		.addColumn('escalation_days', 'integer', (c) => c.notNull().defaultTo(3))
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('projects').dropColumn('escalation_days').execute();

	await db.deleteFrom('gate_waivers').where('subject_type', '=', 'registerItem').execute();
	await rebuildWaivers(db, ['deliverable', 'task']);

	await db.schema
		.createTable('risks')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
		.addColumn('source', 'text', (c) => c.notNull())
		.addColumn('source_ref', 'text')
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('title_en', 'text')
		.addColumn('severity', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('risks_project_idx').on('risks').column('project_id').execute();
	// What the old table knew: the risks a low factor raised (perception-gap risks did not exist then).
	await sql`
		insert into risks (id, project_id, source, source_ref, title, title_en, severity, status, created_at, updated_at)
		select id, project_id, 'readiness', origin_ref, title, null,
			case when probability >= 5 then 'high' else 'medium' end,
			case when status in ('closed', 'occurred') then 'closed' else 'open' end,
			created_at, updated_at
		from register_items where type = 'risk' and origin = 'readinessFactor'
	`.execute(db);
	await db
		.deleteFrom('register_items')
		.where('type', '=', 'risk')
		.where('origin', 'in', ['readinessFactor', 'perceptionGap'])
		.execute();
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
