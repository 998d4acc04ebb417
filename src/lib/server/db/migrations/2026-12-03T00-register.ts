import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

/**
 * The project control register: risks, issues, change requests, decisions and actions, numbered per type
 * (R-001, I-001 …), with links to tasks, deliverables, phases, meetings and other items, and comments. The fields
 * every screen filters and sorts by are columns; what only the item's own page shows is JSON in `details`.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('register_items')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
		.addColumn('type', 'text', (c) =>
			c.notNull().check(sql`type in ('risk', 'issue', 'change', 'decision', 'action')`)
		)
		.addColumn('number', 'integer', (c) => c.notNull())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('owner_side', 'text', (c) =>
			c.notNull().check(sql`owner_side in ('client', 'vendor', 'joint')`)
		)
		.addColumn('owner_member_id', 'text', (c) => c.references('project_members.id').onDelete('set null'))
		.addColumn('due_date', 'text')
		.addColumn('probability', 'integer', (c) => c.check(sql`probability between 1 and 5`))
		.addColumn('impact', 'integer', (c) => c.check(sql`impact between 1 and 5`))
		.addColumn('score', 'integer')
		.addColumn('severity', 'text', (c) => c.check(sql`severity in ('critical', 'high', 'medium', 'low')`))
		.addColumn('blocking', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('resolution', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
		.addColumn('origin', 'text', (c) => c.notNull().defaultTo('manual'))
		.addColumn('origin_ref', 'text')
		.addColumn('raised_on', 'text', (c) => c.notNull())
		.addColumn('raised_by', 'text', (c) => c.references('users.id'))
		.addColumn('raised_by_name', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('closed_at', 'text')
		.addColumn('escalated_at', 'text')
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.addUniqueConstraint('register_items_number_unique', ['project_id', 'type', 'number'])
		.execute();
	await db.schema
		.createIndex('register_items_project_status_idx')
		.on('register_items')
		.columns(['project_id', 'status'])
		.execute();
	await db.schema
		.createIndex('register_items_owner_idx')
		.on('register_items')
		.columns(['owner_member_id'])
		.execute();
	// One item per readiness factor, perception gap or kickoff line: raising it again finds the one already there.
	await db.schema
		.createIndex('register_items_origin_idx')
		.on('register_items')
		.columns(['project_id', 'origin', 'origin_ref'])
		.execute();

	await db.schema
		.createTable('register_links')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
		.addColumn('item_id', 'text', (c) => c.notNull().references('register_items.id').onDelete('cascade'))
		.addColumn('target_type', 'text', (c) =>
			c.notNull().check(sql`target_type in ('task', 'deliverable', 'phase', 'item', 'meeting')`)
		)
		.addColumn('target_id', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.references('users.id'))
		.addUniqueConstraint('register_links_unique', ['item_id', 'target_type', 'target_id'])
		.execute();
	await db.schema
		.createIndex('register_links_target_idx')
		.on('register_links')
		.columns(['project_id', 'target_type', 'target_id'])
		.execute();

	await db.schema
		.createTable('register_comments')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
		.addColumn('item_id', 'text', (c) => c.notNull().references('register_items.id').onDelete('cascade'))
		.addColumn('author_id', 'text', (c) => c.references('users.id'))
		.addColumn('author_name', 'text', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('register_comments_item_idx')
		.on('register_comments')
		.columns(['item_id', 'created_at'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('register_comments').execute();
	await db.schema.dropTable('register_links').execute();
	await db.schema.dropTable('register_items').execute();
}
