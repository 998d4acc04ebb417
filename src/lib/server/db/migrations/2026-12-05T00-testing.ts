import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

const STAMPS = (t: any) =>
	t
		.addColumn('created_by', 'text', (c: any) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c: any) => c.notNull())
		.addColumn('updated_at', 'text', (c: any) => c.notNull())
		.addColumn('version', 'integer', (c: any) => c.notNull().defaultTo(1));

const project = (c: any) => c.notNull().references('projects.id').onDelete('cascade');
const inList = (column: string, values: string[]) =>
	sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
const RESULTS = ['passed', 'failed', 'blocked'];
const SOURCES = ['real', 'simulated'];

/**
 * Testing (测试): cycles, their testers and 甲方 data needs; test cases with steps and links; cases planned into
 * cycles (with the latest run kept beside them); runs with steps and screenshots; defects and their history.
 */
export async function up(db: Kysely<any>): Promise<void> {
	const blob = db.getExecutor().adapter instanceof PostgresAdapter ? 'bytea' : 'blob';
	await STAMPS(
		db.schema
			.createTable('test_cycles')
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('project_id', 'text', project)
			.addColumn('number', 'integer', (c) => c.notNull())
			.addColumn('type', 'text', (c) =>
				c.notNull().check(inList('type', ['unit', 'sit', 'uat', 'regression', 'performance', 'migration']))
			)
			.addColumn('name', 'text', (c) => c.notNull())
			.addColumn('status', 'text', (c) =>
				c
					.notNull()
					.defaultTo('planned')
					.check(inList('status', ['planned', 'running', 'closed']))
			)
			.addColumn('environment', 'text', (c) => c.notNull().defaultTo(''))
			.addColumn('entry_criteria', 'text', (c) => c.notNull().defaultTo('[]'))
			.addColumn('exit_min_pass_rate', 'integer', (c) => c.notNull().defaultTo(95))
			.addColumn('exit_no_open_severe', 'integer', (c) => c.notNull().defaultTo(1))
			.addColumn('exit_must_covered', 'integer', (c) => c.notNull().defaultTo(1))
			.addColumn('exit_real_data', 'integer', (c) => c.notNull().defaultTo(0))
			.addColumn('data_waiver_reason', 'text', (c) => c.notNull().defaultTo(''))
			.addColumn('task_id', 'text', (c) => c.references('tasks.id').onDelete('set null'))
			.addColumn('report_deliverable_id', 'text', (c) => c.references('deliverables.id').onDelete('set null'))
			.addColumn('closed_at', 'text')
			.addColumn('closed_by_name', 'text', (c) => c.notNull().defaultTo(''))
			.addUniqueConstraint('test_cycles_number_unique', ['project_id', 'number'])
	).execute();

	await db.schema
		.createTable('test_cycle_testers')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', project)
		.addColumn('cycle_id', 'text', (c) => c.notNull().references('test_cycles.id').onDelete('cascade'))
		.addColumn('member_id', 'text', (c) => c.notNull().references('project_members.id').onDelete('cascade'))
		.addUniqueConstraint('test_cycle_testers_unique', ['cycle_id', 'member_id'])
		.execute();

	await STAMPS(
		db.schema
			.createTable('test_data_needs')
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('project_id', 'text', project)
			.addColumn('cycle_id', 'text', (c) => c.notNull().references('test_cycles.id').onDelete('cascade'))
			.addColumn('object_name', 'text', (c) => c.notNull())
			.addColumn('format', 'text', (c) => c.notNull().defaultTo(''))
			.addColumn('task_id', 'text', (c) => c.references('tasks.id').onDelete('set null'))
			.addColumn('promised_on', 'text')
			.addColumn('delivered_on', 'text')
			.addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
	).execute();
	await db.schema.createIndex('test_data_needs_cycle_idx').on('test_data_needs').column('cycle_id').execute();

	await STAMPS(
		db.schema
			.createTable('test_cases')
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('project_id', 'text', project)
			.addColumn('number', 'integer', (c) => c.notNull())
			.addColumn('title', 'text', (c) => c.notNull())
			.addColumn('process_id', 'text', (c) => c.references('processes.id').onDelete('set null'))
			.addColumn('preconditions', 'text', (c) => c.notNull().defaultTo(''))
			.addColumn('priority', 'text', (c) =>
				c
					.notNull()
					.defaultTo('medium')
					.check(inList('priority', ['high', 'medium', 'low']))
			)
			.addColumn('test_data', 'text', (c) => c.notNull().defaultTo(''))
			.addUniqueConstraint('test_cases_number_unique', ['project_id', 'number'])
	).execute();

	await db.schema
		.createTable('test_case_steps')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', project)
		.addColumn('case_id', 'text', (c) => c.notNull().references('test_cases.id').onDelete('cascade'))
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('action', 'text', (c) => c.notNull())
		.addColumn('expected', 'text', (c) => c.notNull().defaultTo(''))
		.execute();
	await db.schema
		.createIndex('test_case_steps_case_idx')
		.on('test_case_steps')
		.columns(['case_id', 'position'])
		.execute();

	await db.schema
		.createTable('test_case_links')
		.addColumn('project_id', 'text', project)
		.addColumn('case_id', 'text', (c) => c.notNull().references('test_cases.id').onDelete('cascade'))
		.addColumn('object_type', 'text', (c) =>
			c.notNull().check(inList('object_type', ['requirement', 'processStep', 'customisation']))
		)
		.addColumn('object_id', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('test_case_links_pk', ['case_id', 'object_type', 'object_id'])
		.execute();
	await db.schema
		.createIndex('test_case_links_object_idx')
		.on('test_case_links')
		.columns(['project_id', 'object_type', 'object_id'])
		.execute();

	await db.schema
		.createTable('test_cycle_cases')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', project)
		.addColumn('cycle_id', 'text', (c) => c.notNull().references('test_cycles.id').onDelete('cascade'))
		.addColumn('case_id', 'text', (c) => c.notNull().references('test_cases.id').onDelete('cascade'))
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('data_source', 'text', (c) =>
			c.notNull().defaultTo('real').check(inList('data_source', SOURCES))
		)
		.addColumn('data_source_reason', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('data_source_changed_by_name', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('data_source_changed_at', 'text')
		.addColumn('assignee_member_id', 'text', (c) => c.references('project_members.id').onDelete('set null'))
		.addColumn('planned_at', 'text', (c) => c.notNull())
		.addColumn('latest_run_id', 'text')
		.addColumn('latest_result', 'text', (c) => c.check(inList('latest_result', RESULTS)))
		.addColumn('latest_data_source', 'text', (c) => c.check(inList('latest_data_source', SOURCES)))
		.addColumn('latest_run_at', 'text')
		.addColumn('first_run_at', 'text')
		.addColumn('run_count', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.addUniqueConstraint('test_cycle_cases_unique', ['cycle_id', 'case_id'])
		.execute();
	await db.schema
		.createIndex('test_cycle_cases_project_idx')
		.on('test_cycle_cases')
		.columns(['project_id', 'case_id'])
		.execute();

	await db.schema
		.createTable('test_runs')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', project)
		.addColumn('cycle_id', 'text', (c) => c.notNull().references('test_cycles.id').onDelete('cascade'))
		.addColumn('case_id', 'text', (c) => c.notNull().references('test_cases.id').onDelete('cascade'))
		.addColumn('cycle_case_id', 'text', (c) =>
			c.notNull().references('test_cycle_cases.id').onDelete('cascade')
		)
		.addColumn('result', 'text', (c) => c.notNull().check(inList('result', RESULTS)))
		.addColumn('data_source', 'text', (c) => c.notNull().check(inList('data_source', SOURCES)))
		.addColumn('actual_result', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('tester_member_id', 'text', (c) => c.references('project_members.id').onDelete('set null'))
		.addColumn('tester_name', 'text', (c) => c.notNull())
		.addColumn('tester_side', 'text', (c) => c.notNull())
		.addColumn('executed_at', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('test_runs_cycle_case_idx')
		.on('test_runs')
		.columns(['cycle_case_id', 'executed_at'])
		.execute();
	await db.schema
		.createIndex('test_runs_case_idx')
		.on('test_runs')
		.columns(['project_id', 'case_id', 'executed_at'])
		.execute();

	await db.schema
		.createTable('test_run_steps')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', project)
		.addColumn('run_id', 'text', (c) => c.notNull().references('test_runs.id').onDelete('cascade'))
		.addColumn('case_step_id', 'text', (c) => c.references('test_case_steps.id').onDelete('set null'))
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('action', 'text', (c) => c.notNull())
		.addColumn('expected', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('result', 'text', (c) => c.notNull().check(inList('result', [...RESULTS, 'notRun'])))
		.addColumn('actual', 'text', (c) => c.notNull().defaultTo(''))
		.execute();
	await db.schema.createIndex('test_run_steps_run_idx').on('test_run_steps').column('run_id').execute();

	await db.schema
		.createTable('test_run_attachments')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', project)
		.addColumn('run_id', 'text', (c) => c.notNull().references('test_runs.id').onDelete('cascade'))
		.addColumn('run_step_id', 'text', (c) => c.references('test_run_steps.id').onDelete('set null'))
		.addColumn('filename', 'text', (c) => c.notNull())
		.addColumn('media_type', 'text', (c) => c.notNull())
		.addColumn('size_bytes', 'integer', (c) => c.notNull())
		.addColumn('sha256', 'text', (c) => c.notNull())
		.addColumn('content', blob, (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('test_run_attachments_run_idx')
		.on('test_run_attachments')
		.column('run_id')
		.execute();

	await STAMPS(
		db.schema
			.createTable('defects')
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('project_id', 'text', project)
			.addColumn('number', 'integer', (c) => c.notNull())
			.addColumn('title', 'text', (c) => c.notNull())
			.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
			.addColumn('severity', 'text', (c) =>
				c.notNull().check(inList('severity', ['critical', 'major', 'minor', 'trivial']))
			)
			.addColumn('priority', 'text', (c) =>
				c
					.notNull()
					.defaultTo('medium')
					.check(inList('priority', ['high', 'medium', 'low']))
			)
			.addColumn('status', 'text', (c) =>
				c
					.notNull()
					.defaultTo('new')
					.check(
						inList('status', ['new', 'confirmed', 'fixing', 'toRetest', 'closed', 'rejected', 'deferred'])
					)
			)
			.addColumn('owner_side', 'text', (c) => c.notNull().check(inList('owner_side', ['client', 'vendor'])))
			.addColumn('owner_member_id', 'text', (c) => c.references('project_members.id').onDelete('set null'))
			.addColumn('cycle_id', 'text', (c) => c.notNull().references('test_cycles.id').onDelete('cascade'))
			.addColumn('case_id', 'text', (c) => c.notNull().references('test_cases.id').onDelete('cascade'))
			.addColumn('run_id', 'text', (c) => c.references('test_runs.id').onDelete('set null'))
			.addColumn('run_step_id', 'text', (c) => c.references('test_run_steps.id').onDelete('set null'))
			.addColumn('customisation_id', 'text', (c) => c.references('customisations.id').onDelete('set null'))
			.addColumn('reject_reason', 'text', (c) => c.notNull().defaultTo(''))
			.addColumn('deferral_item_id', 'text', (c) => c.references('register_items.id').onDelete('set null'))
			.addColumn('resolution', 'text', (c) => c.notNull().defaultTo(''))
			.addColumn('to_retest_at', 'text')
			.addColumn('retest_run_id', 'text', (c) => c.references('test_runs.id').onDelete('set null'))
			.addColumn('raised_by_name', 'text', (c) => c.notNull())
			.addColumn('settled_at', 'text')
			.addUniqueConstraint('defects_number_unique', ['project_id', 'number'])
	).execute();
	await db.schema
		.createIndex('defects_project_idx')
		.on('defects')
		.columns(['project_id', 'status'])
		.execute();
	await db.schema.createIndex('defects_case_idx').on('defects').column('case_id').execute();

	await db.schema
		.createTable('defect_events')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', project)
		.addColumn('defect_id', 'text', (c) => c.notNull().references('defects.id').onDelete('cascade'))
		.addColumn('from_status', 'text')
		.addColumn('to_status', 'text', (c) => c.notNull())
		.addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('actor_id', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('actor_name', 'text', (c) => c.notNull())
		.addColumn('at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('defect_events_defect_idx').on('defect_events').column('defect_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'defect_events',
		'defects',
		'test_run_attachments',
		'test_run_steps',
		'test_runs',
		'test_cycle_cases',
		'test_case_links',
		'test_case_steps',
		'test_cases',
		'test_data_needs',
		'test_cycle_testers',
		'test_cycles'
	])
		await db.schema.dropTable(table).execute();
}
