import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

const TOKEN_LIFETIME_MS = 90 * 24 * 60 * 60 * 1000;

export async function up(db: Kysely<any>): Promise<void> {
	// An admin can disable an account: it keeps its history but can no longer sign in or use tokens.
	await db.schema.alterTable('users').addColumn('disabled_at', 'text').execute();

	// Every API token expires; tokens made before expiry existed get 90 days from this migration.
	await db.schema.alterTable('api_tokens').addColumn('expires_at', 'text').execute();
	const graceUntil = new Date(Date.now() + TOKEN_LIFETIME_MS).toISOString();
	await db
		.updateTable('api_tokens')
		.set({ expires_at: graceUntil })
		.where('expires_at', 'is', null)
		.execute();

	// Browsers that have signed in to an account before: they may still sign in while strangers are throttled.
	await db.schema
		.createTable('known_devices')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('secret_hash', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('last_used_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('known_devices_user_idx').on('known_devices').column('user_id').execute();

	// A registration waits here until the link sent to its address is followed; no users row exists before.
	await db.schema
		.createTable('pending_registrations')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('email', 'text', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('password_hash', 'text', (c) => c.notNull())
		.addColumn('locale', 'text', (c) => c.notNull())
		.addColumn('secret_hash', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('pending_registrations_email_idx')
		.on('pending_registrations')
		.column('email')
		.execute();

	// Messages to e-mail addresses. The app sends no mail itself: an operator reads or relays them.
	await db.schema
		.createTable('outbox')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('recipient', 'text', (c) => c.notNull())
		.addColumn('subject', 'text', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('outbox_recipient_idx')
		.on('outbox')
		.columns(['recipient', 'created_at'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('outbox').ifExists().execute();
	await db.schema.dropTable('pending_registrations').ifExists().execute();
	await db.schema.dropTable('known_devices').ifExists().execute();
	await db.schema.alterTable('api_tokens').dropColumn('expires_at').execute();
	await db.schema.alterTable('users').dropColumn('disabled_at').execute();
}
