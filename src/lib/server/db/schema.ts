import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** ISO-8601 UTC timestamp text, e.g. 2026-11-24T08:00:00.000Z; portable across SQLite and PostgreSQL. */
type Timestamp = string;
/** A calendar date, YYYY-MM-DD. */
type IsoDate = string;
/** 0 or 1: SQLite has no boolean type, so both dialects store integers. */
type Flag = number;

export interface UserTable {
	id: string;
	email: string;
	name: string;
	password_hash: string;
	is_admin: ColumnType<Flag, Flag | undefined, Flag>;
	locale: string;
	created_at: Timestamp;
	updated_at: Timestamp;
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
}

export interface ProjectTable {
	id: string;
	code: string;
	name: string;
	client_org: string;
	vendor_org: string;
	start_date: IsoDate;
	go_live_date: IsoDate;
	description: string;
	status: 'active' | 'archived';
	created_by: string;
	created_at: Timestamp;
	updated_at: Timestamp;
	version: Generated<number>;
}

export interface ProjectMemberTable {
	id: string;
	project_id: string;
	user_id: string;
	side: 'client' | 'vendor' | 'consultant';
	created_at: Timestamp;
	updated_at: Timestamp;
	version: Generated<number>;
}

export interface MemberRoleTable {
	member_id: string;
	role: string;
}

export interface AuditLogTable {
	seq: Generated<number>;
	at: Timestamp;
	actor_id: string | null;
	action: string;
	object_type: string;
	object_id: string | null;
	project_id: string | null;
	ip: string | null;
	detail: string;
}

export interface Database {
	users: UserTable;
	sessions: SessionTable;
	api_tokens: ApiTokenTable;
	projects: ProjectTable;
	project_members: ProjectMemberTable;
	member_roles: MemberRoleTable;
	audit_log: AuditLogTable;
}

export type User = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type SessionRow = Selectable<SessionTable>;
export type ApiTokenRow = Selectable<ApiTokenTable>;
export type Project = Selectable<ProjectTable>;
export type NewProject = Insertable<ProjectTable>;
export type ProjectUpdate = Updateable<ProjectTable>;
export type ProjectMember = Selectable<ProjectMemberTable>;
export type AuditEntry = Selectable<AuditLogTable>;
export type NewAuditEntry = Insertable<AuditLogTable>;
