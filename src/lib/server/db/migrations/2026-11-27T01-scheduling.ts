import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

export async function up(db: Kysely<any>): Promise<void> {
	// A date a person fixed for a task (start no earlier than, finish no later than, must start on).
	await db.schema.alterTable('tasks').addColumn('constraint_type', 'text').execute();
	await db.schema.alterTable('tasks').addColumn('constraint_date', 'text').execute();
	// Which working calendar a project schedules on: the Chinese statutory one or plain weekdays.
	await db.schema
		.alterTable('projects')
		.addColumn('calendar_kind', 'text', (c) => c.notNull().defaultTo('china'))
		.execute();

	// Official arrangements an instance admin adds for years the shipped table lacks (or corrects).
	await db.schema
		.createTable('holiday_years')
		.addColumn('year', 'integer', (c) => c.primaryKey())
		.addColumn('arrangement', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('updated_by', 'text')
		.execute();

	// Instance-wide extra non-working or working days on the Chinese calendar (a local holiday, a company day).
	await db.schema
		.createTable('calendar_exceptions')
		.addColumn('date', 'text', (c) => c.primaryKey())
		.addColumn('working', 'integer', (c) => c.notNull())
		.addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('updated_by', 'text')
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('calendar_exceptions').ifExists().execute();
	await db.schema.dropTable('holiday_years').ifExists().execute();
	await db.schema.alterTable('projects').dropColumn('calendar_kind').execute();
	await db.schema.alterTable('tasks').dropColumn('constraint_date').execute();
	await db.schema.alterTable('tasks').dropColumn('constraint_type').execute();
}
