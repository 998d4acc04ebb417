import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';
import type { Timestamp, Flag } from './columns';

export interface UserTable {
	id: string;
	email: string;
	name: string;
	password_hash: string;
	is_admin: ColumnType<Flag, Flag | undefined, Flag>;
	locale: string;
	created_at: Timestamp;
	updated_at: Timestamp;
	/** Set when an admin disables the account: no sign-in, no sessions, no tokens. */
	disabled_at: ColumnType<Timestamp | null, Timestamp | null | undefined, Timestamp | null>;
}

export interface SessionTable {
	id: string;
	user_id: string;
	secret_hash: string;
	created_at: Timestamp;
	last_verified_at: Timestamp;
	ip: string | null;
	user_agent: string | null;
}

export interface ApiTokenTable {
	id: string;
	user_id: string;
	label: string;
	secret_hash: string;
	created_at: Timestamp;
	last_used_at: Timestamp | null;
	expires_at: Timestamp;
}

export interface KnownDeviceTable {
	id: string;
	user_id: string;
	secret_hash: string;
	created_at: Timestamp;
	last_used_at: Timestamp;
}

export interface PendingRegistrationTable {
	id: string;
	email: string;
	name: string;
	password_hash: string;
	locale: string;
	secret_hash: string;
	created_at: Timestamp;
	expires_at: Timestamp;
}

export interface OutboxTable {
	id: string;
	recipient: string;
	subject: string;
	body: string;
	created_at: Timestamp;
}

export interface CalendarFeedTable {
	id: string;
	user_id: string;
	secret_hash: string;
	created_at: Timestamp;
}

/** Users, their sign-in secrets (sessions, tokens, devices, calendar feeds), pending registrations and outgoing mail. */
export interface AccountTables {
	users: UserTable;
	sessions: SessionTable;
	api_tokens: ApiTokenTable;
	known_devices: KnownDeviceTable;
	pending_registrations: PendingRegistrationTable;
	outbox: OutboxTable;
	calendar_feeds: CalendarFeedTable;
}

export type User = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type SessionRow = Selectable<SessionTable>;
export type ApiTokenRow = Selectable<ApiTokenTable>;
export type PendingRegistration = Selectable<PendingRegistrationTable>;
export type OutboxMessage = Selectable<OutboxTable>;
