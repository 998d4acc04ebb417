import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

/**
 * Meetings of the joint project: steering committee (指导委员会), the weekly joint meeting (双方周例会) and others,
 * with their attendees from both sides, and the recurring series (cadence) that plans the next ones. Decisions,
 * actions and issues recorded in a meeting are register items linked to it (register_links, target 'meeting').
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('meeting_series')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
		.addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('steering', 'weekly', 'other')`))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('every_weeks', 'integer', (c) => c.notNull().check(sql`every_weeks between 1 and 12`))
		.addColumn('weekday', 'integer', (c) => c.notNull().check(sql`weekday between 1 and 7`))
		.addColumn('time', 'text', (c) => c.notNull())
		.addColumn('duration_minutes', 'integer', (c) => c.notNull().defaultTo(60))
		.addColumn('location', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('anchor_date', 'text', (c) => c.notNull())
		.addColumn('attendee_ids', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.execute();

	await db.schema
		.createTable('meetings')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
		.addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('steering', 'weekly', 'other')`))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('starts_at', 'text', (c) => c.notNull())
		.addColumn('duration_minutes', 'integer', (c) => c.notNull().defaultTo(60))
		.addColumn('location', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('guests', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('agenda', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('minutes', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('planned', 'held', 'cancelled')`))
		.addColumn('series_id', 'text', (c) => c.references('meeting_series.id').onDelete('set null'))
		.addColumn('occurrence', 'text')
		.addColumn('created_by', 'text', (c) => c.references('users.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		// A series plans each of its dates once, however often it is run.
		.addUniqueConstraint('meetings_occurrence_unique', ['series_id', 'occurrence'])
		.execute();
	await db.schema
		.createIndex('meetings_project_start_idx')
		.on('meetings')
		.columns(['project_id', 'starts_at'])
		.execute();

	await db.schema
		.createTable('meeting_attendees')
		.addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
		.addColumn('member_id', 'text', (c) => c.notNull().references('project_members.id').onDelete('cascade'))
		.addPrimaryKeyConstraint('meeting_attendees_pk', ['meeting_id', 'member_id'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('meeting_attendees').execute();
	await db.schema.dropTable('meetings').execute();
	await db.schema.dropTable('meeting_series').execute();
}
