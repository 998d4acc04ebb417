import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

const STAMPS = (t: any) =>
	t
		.addColumn('created_by', 'text', (c: any) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c: any) => c.notNull())
		.addColumn('updated_at', 'text', (c: any) => c.notNull())
		.addColumn('version', 'integer', (c: any) => c.notNull().defaultTo(1));

/**
 * Diagnosis (现状诊断) and redesign (流程再设计): processes as-is and to-be with steps, benefits and versioned BPMN
 * diagrams; interviews; pain points and the to-be processes that resolve them; requirements with their fit/gap
 * verdict; customisations and the requirements that need them; executability walkthroughs of to-be processes.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await STAMPS(
		db.schema
			.createTable('processes')
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
			.addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('asIs', 'toBe')`))
			.addColumn('number', 'integer', (c) => c.notNull())
			.addColumn('parent_id', 'text', (c) => c.references('processes.id').onDelete('set null'))
			.addColumn('domain', 'text', (c) =>
				c.notNull().check(sql`domain in ('marketing', 'sales', 'service', 'other')`)
			)
			.addColumn('name', 'text', (c) => c.notNull())
			.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
			.addColumn('in_scope', 'integer', (c) => c.notNull().defaultTo(1))
			.addColumn('owner_department', 'text', (c) => c.notNull().defaultTo(''))
			.addColumn('owner_member_id', 'text', (c) => c.references('project_members.id').onDelete('set null'))
			.addColumn('owner_name', 'text', (c) => c.notNull().defaultTo(''))
			.addColumn('channels', 'text', (c) => c.notNull().defaultTo('[]'))
			.addColumn('volume_per_month', 'integer')
			.addColumn('cycle_time_hours', 'double precision')
			.addColumn('cost_per_case', 'double precision')
			.addColumn('policies', 'text', (c) => c.notNull().defaultTo(''))
			.addColumn('as_is_id', 'text', (c) => c.references('processes.id').onDelete('set null'))
			.addColumn('burden_answer', 'text', (c) => c.check(sql`burden_answer in ('no', 'yes')`))
			.addColumn('burden_reason', 'text', (c) => c.notNull().defaultTo(''))
			.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
			.addUniqueConstraint('processes_number_unique', ['project_id', 'kind', 'number'])
	).execute();
	await db.schema
		.createIndex('processes_project_idx')
		.on('processes')
		.columns(['project_id', 'kind'])
		.execute();

	await db.schema
		.createTable('process_steps')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
		.addColumn('process_id', 'text', (c) => c.notNull().references('processes.id').onDelete('cascade'))
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('role_id', 'text')
		.addColumn('role_name', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('crm_function', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('channel', 'text')
		.addColumn('bpmn_element_id', 'text')
		.execute();
	await db.schema
		.createIndex('process_steps_process_idx')
		.on('process_steps')
		.columns(['process_id', 'position'])
		.execute();
	await db.schema.createIndex('process_steps_project_idx').on('process_steps').column('project_id').execute();

	await db.schema
		.createTable('process_benefits')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
		.addColumn('process_id', 'text', (c) => c.notNull().references('processes.id').onDelete('cascade'))
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('measure', 'text', (c) => c.notNull())
		.addColumn('unit', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('baseline', 'double precision')
		.addColumn('target', 'double precision')
		.addColumn('direction', 'text', (c) => c.notNull().check(sql`direction in ('up', 'down')`))
		.execute();
	await db.schema
		.createIndex('process_benefits_process_idx')
		.on('process_benefits')
		.column('process_id')
		.execute();

	await db.schema
		.createTable('process_diagrams')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
		.addColumn('process_id', 'text', (c) => c.notNull().references('processes.id').onDelete('cascade'))
		.addColumn('version_number', 'integer', (c) => c.notNull())
		.addColumn('xml', 'text', (c) => c.notNull())
		.addColumn('svg', 'text')
		.addColumn('sha256', 'text', (c) => c.notNull())
		.addColumn('element_count', 'integer', (c) => c.notNull())
		.addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('editor', 'import')`))
		.addColumn('file_name', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_by_name', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('process_diagrams_version_unique', ['process_id', 'version_number'])
		.execute();

	await STAMPS(
		db.schema
			.createTable('interviews')
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
			.addColumn('held_on', 'text', (c) => c.notNull())
			.addColumn('interviewee', 'text', (c) => c.notNull())
			.addColumn('interviewee_role', 'text', (c) => c.notNull().defaultTo(''))
			.addColumn('department', 'text', (c) => c.notNull().defaultTo(''))
			.addColumn('interviewer_member_id', 'text', (c) =>
				c.references('project_members.id').onDelete('set null')
			)
			.addColumn('interviewer_name', 'text', (c) => c.notNull().defaultTo(''))
			.addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
	).execute();
	await db.schema
		.createIndex('interviews_project_idx')
		.on('interviews')
		.columns(['project_id', 'held_on'])
		.execute();
	await db.schema
		.createTable('interview_processes')
		.addColumn('interview_id', 'text', (c) => c.notNull().references('interviews.id').onDelete('cascade'))
		.addColumn('process_id', 'text', (c) => c.notNull().references('processes.id').onDelete('cascade'))
		.addPrimaryKeyConstraint('interview_processes_pk', ['interview_id', 'process_id'])
		.execute();

	await STAMPS(
		db.schema
			.createTable('pain_points')
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
			.addColumn('number', 'integer', (c) => c.notNull())
			.addColumn('process_id', 'text', (c) => c.notNull().references('processes.id').onDelete('cascade'))
			.addColumn('step_id', 'text', (c) => c.references('process_steps.id').onDelete('set null'))
			.addColumn('channel', 'text')
			.addColumn('title', 'text', (c) => c.notNull())
			.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
			.addColumn('severity', 'integer', (c) => c.notNull().check(sql`severity between 1 and 5`))
			.addColumn('frequency', 'integer', (c) => c.notNull().check(sql`frequency between 1 and 5`))
			.addColumn('burdens_customer', 'integer', (c) => c.notNull().defaultTo(0))
			.addColumn('customer_effect', 'text', (c) => c.notNull().defaultTo(''))
			.addColumn('root_cause', 'text', (c) => c.notNull().defaultTo(''))
			.addColumn('evidence_kind', 'text', (c) =>
				c.notNull().check(sql`evidence_kind in ('interview', 'data', 'observation')`)
			)
			.addColumn('evidence', 'text', (c) => c.notNull().defaultTo(''))
			.addColumn('interview_id', 'text', (c) => c.references('interviews.id').onDelete('set null'))
			.addColumn('status', 'text', (c) =>
				c
					.notNull()
					.defaultTo('open')
					.check(sql`status in ('open', 'deferred')`)
			)
			.addColumn('deferral_reason', 'text', (c) => c.notNull().defaultTo(''))
			.addColumn('deferred_by_name', 'text', (c) => c.notNull().defaultTo(''))
			.addColumn('deferred_at', 'text')
			.addUniqueConstraint('pain_points_number_unique', ['project_id', 'number'])
	).execute();
	await db.schema
		.createIndex('pain_points_process_idx')
		.on('pain_points')
		.columns(['project_id', 'process_id'])
		.execute();
	await db.schema
		.createTable('process_pain_points')
		.addColumn('process_id', 'text', (c) => c.notNull().references('processes.id').onDelete('cascade'))
		.addColumn('pain_point_id', 'text', (c) => c.notNull().references('pain_points.id').onDelete('cascade'))
		.addPrimaryKeyConstraint('process_pain_points_pk', ['process_id', 'pain_point_id'])
		.execute();
	await db.schema
		.createIndex('process_pain_points_pain_idx')
		.on('process_pain_points')
		.column('pain_point_id')
		.execute();

	await STAMPS(
		db.schema
			.createTable('requirements')
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
			.addColumn('number', 'integer', (c) => c.notNull())
			.addColumn('title', 'text', (c) => c.notNull())
			.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
			.addColumn('category', 'text', (c) =>
				c.notNull().check(sql`category in ('functional', 'data', 'integration', 'report', 'nonFunctional')`)
			)
			.addColumn('priority', 'text', (c) =>
				c.notNull().check(sql`priority in ('must', 'should', 'could', 'wont')`)
			)
			.addColumn('acceptance_criteria', 'text', (c) => c.notNull().defaultTo(''))
			.addColumn('process_id', 'text', (c) => c.references('processes.id').onDelete('set null'))
			.addColumn('step_id', 'text', (c) => c.references('process_steps.id').onDelete('set null'))
			.addColumn('requested_by_side', 'text', (c) =>
				c.notNull().check(sql`requested_by_side in ('client', 'vendor', 'joint')`)
			)
			.addColumn('fit', 'text', (c) =>
				c.check(sql`fit in ('standard', 'configuration', 'development', 'notImplemented')`)
			)
			.addColumn('fit_reason', 'text', (c) => c.notNull().defaultTo(''))
			.addUniqueConstraint('requirements_number_unique', ['project_id', 'number'])
	).execute();
	await db.schema
		.createIndex('requirements_process_idx')
		.on('requirements')
		.columns(['project_id', 'process_id'])
		.execute();

	await STAMPS(
		db.schema
			.createTable('customisations')
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
			.addColumn('number', 'integer', (c) => c.notNull())
			.addColumn('title', 'text', (c) => c.notNull())
			.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
			.addColumn('type', 'text', (c) =>
				c.notNull().check(sql`type in ('ui', 'report', 'interface', 'workflow', 'migration', 'other')`)
			)
			.addColumn('owner_side', 'text', (c) =>
				c.notNull().check(sql`owner_side in ('client', 'vendor', 'joint')`)
			)
			.addColumn('developer_member_id', 'text', (c) =>
				c.references('project_members.id').onDelete('set null')
			)
			.addColumn('estimate_days', 'double precision')
			.addColumn('status', 'text', (c) =>
				c
					.notNull()
					.check(sql`status in ('toDesign', 'designing', 'developing', 'toTest', 'done', 'cancelled')`)
			)
			.addColumn('task_id', 'text', (c) => c.references('tasks.id').onDelete('set null'))
			.addColumn('systems', 'text', (c) => c.notNull().defaultTo('[]'))
			.addUniqueConstraint('customisations_number_unique', ['project_id', 'number'])
	).execute();
	await db.schema
		.createTable('customisation_requirements')
		.addColumn('customisation_id', 'text', (c) =>
			c.notNull().references('customisations.id').onDelete('cascade')
		)
		.addColumn('requirement_id', 'text', (c) => c.notNull().references('requirements.id').onDelete('cascade'))
		.addPrimaryKeyConstraint('customisation_requirements_pk', ['customisation_id', 'requirement_id'])
		.execute();
	await db.schema
		.createIndex('customisation_requirements_req_idx')
		.on('customisation_requirements')
		.column('requirement_id')
		.execute();

	await db.schema
		.createTable('process_validations')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
		.addColumn('process_id', 'text', (c) => c.notNull().references('processes.id').onDelete('cascade'))
		.addColumn('held_on', 'text', (c) => c.notNull())
		.addColumn('participants', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('steps', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('result', 'text', (c) =>
			c.notNull().check(sql`result in ('executable', 'needsChange', 'notExecutable')`)
		)
		.addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('recorded_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('recorded_by_name', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.execute();
	await db.schema
		.createIndex('process_validations_process_idx')
		.on('process_validations')
		.columns(['project_id', 'process_id', 'held_on'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'process_validations',
		'customisation_requirements',
		'customisations',
		'requirements',
		'process_pain_points',
		'pain_points',
		'interview_processes',
		'interviews',
		'process_diagrams',
		'process_benefits',
		'process_steps',
		'processes'
	])
		await db.schema.dropTable(table).execute();
}
