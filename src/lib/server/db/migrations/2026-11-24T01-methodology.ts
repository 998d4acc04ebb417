import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('projects').addColumn('template_id', 'text').execute();

	await db.schema
		.createTable('phases')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
		.addColumn('key', 'text', (c) => c.notNull())
		.addColumn('order_index', 'integer', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('name_en', 'text')
		.addColumn('objectives', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('entry_criteria', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('notStarted'))
		.addColumn('gate_passed_at', 'text')
		.addColumn('gate_passed_by', 'text')
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('phases_project_key_uq', ['project_id', 'key'])
		.execute();

	await db.schema
		.createTable('tasks')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
		.addColumn('phase_id', 'text', (c) => c.notNull().references('phases.id').onDelete('cascade'))
		.addColumn('parent_id', 'text', (c) => c.references('tasks.id').onDelete('cascade'))
		.addColumn('template_key', 'text')
		.addColumn('order_index', 'integer', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('name_en', 'text')
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('owner_side', 'text', (c) => c.notNull())
		.addColumn('is_milestone', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('start_date', 'text', (c) => c.notNull())
		.addColumn('finish_date', 'text', (c) => c.notNull())
		.addColumn('duration_days', 'integer', (c) => c.notNull())
		.addColumn('progress', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('notStarted'))
		.addColumn('actual_start', 'text')
		.addColumn('actual_finish', 'text')
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('tasks_project_idx')
		.on('tasks')
		.columns(['project_id', 'phase_id', 'order_index'])
		.execute();
	await db.schema.createIndex('tasks_parent_idx').on('tasks').column('parent_id').execute();

	await db.schema
		.createTable('task_assignees')
		.addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
		.addColumn('member_id', 'text', (c) => c.notNull().references('project_members.id').onDelete('cascade'))
		.addPrimaryKeyConstraint('task_assignees_pk', ['task_id', 'member_id'])
		.execute();

	await db.schema
		.createTable('task_dependencies')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
		.addColumn('predecessor_id', 'text', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
		.addColumn('successor_id', 'text', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
		.addColumn('type', 'text', (c) => c.notNull().defaultTo('FS'))
		.addColumn('lag_days', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('task_dependencies_pair_uq', ['predecessor_id', 'successor_id'])
		.execute();
	await db.schema
		.createIndex('task_dependencies_project_idx')
		.on('task_dependencies')
		.column('project_id')
		.execute();

	await db.schema
		.createTable('deliverables')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
		.addColumn('phase_id', 'text', (c) => c.notNull().references('phases.id').onDelete('cascade'))
		.addColumn('template_key', 'text')
		.addColumn('order_index', 'integer', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('name_en', 'text')
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('gate_items')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
		.addColumn('phase_id', 'text', (c) => c.notNull().references('phases.id').onDelete('cascade'))
		.addColumn('template_key', 'text')
		.addColumn('order_index', 'integer', (c) => c.notNull())
		.addColumn('text', 'text', (c) => c.notNull())
		.addColumn('text_en', 'text')
		.addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('evidence_note', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('evidence_task_id', 'text', (c) => c.references('tasks.id').onDelete('set null'))
		.addColumn('evidence_deliverable_id', 'text', (c) => c.references('deliverables.id').onDelete('set null'))
		.addColumn('checked_by', 'text')
		.addColumn('checked_at', 'text')
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.execute();

	await db.schema
		.createTable('readiness_factors')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
		.addColumn('key', 'text', (c) => c.notNull())
		.addColumn('order_index', 'integer', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('name_en', 'text')
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('description_en', 'text')
		.addColumn('weight', 'integer', (c) => c.notNull())
		.addUniqueConstraint('readiness_factors_project_key_uq', ['project_id', 'key'])
		.execute();

	await db.schema
		.createTable('readiness_scores')
		.addColumn('factor_id', 'text', (c) => c.notNull().references('readiness_factors.id').onDelete('cascade'))
		.addColumn('member_id', 'text', (c) => c.notNull().references('project_members.id').onDelete('cascade'))
		.addColumn('side', 'text', (c) => c.notNull())
		.addColumn('score', 'integer', (c) => c.notNull())
		.addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('readiness_scores_pk', ['factor_id', 'member_id'])
		.execute();

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

	await db.schema
		.createTable('project_documents')
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('content', 'text', (c) => c.notNull())
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('updated_by', 'text')
		.addPrimaryKeyConstraint('project_documents_pk', ['project_id', 'kind'])
		.execute();

	await db.schema
		.createTable('methodology_templates')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('content', 'text', (c) => c.notNull())
		.addColumn('source_project_id', 'text')
		.addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'methodology_templates',
		'project_documents',
		'risks',
		'readiness_scores',
		'readiness_factors',
		'gate_items',
		'deliverables',
		'task_dependencies',
		'task_assignees',
		'tasks',
		'phases'
	]) {
		await db.schema.dropTable(table).ifExists().execute();
	}
	await db.schema.alterTable('projects').dropColumn('template_id').execute();
}
