import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Timestamp, IsoDate } from './columns';

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
	/** The saved methodology template the project was created from; null for the built-in one. */
	template_id: ColumnType<string | null, string | null | undefined, string | null>;
	calendar_kind: ColumnType<'china' | 'weekdays', 'china' | 'weekdays' | undefined, 'china' | 'weekdays'>;
	/** Working days a reviewer has to answer a submission. */
	review_days: ColumnType<number, number | undefined, number>;
	/** IANA time zone the project's times are shown and printed in. */
	time_zone: ColumnType<string, string | undefined, string>;
	/** Working days an overdue register item waits before it is escalated to the steering committee; 0 = never. */
	escalation_days: ColumnType<number, number | undefined, number>;
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

export type SideRequestStatus = 'pending' | 'approved' | 'declined' | 'withdrawn';

/** A move of a member who has signed to another side: it waits for a PM or lead of the other side. */
export interface MemberSideRequestTable {
	id: string;
	project_id: string;
	member_id: string;
	from_side: 'client' | 'vendor' | 'consultant';
	to_side: 'client' | 'vendor' | 'consultant';
	requested_by: string;
	requester_side: 'client' | 'vendor' | 'consultant';
	requested_at: Timestamp;
	status: ColumnType<SideRequestStatus, SideRequestStatus | undefined, SideRequestStatus>;
	decided_by: string | null;
	decided_at: Timestamp | null;
}

/** Projects, their members with sides and roles, and requests to move a member to another side. */
export interface ProjectTables {
	projects: ProjectTable;
	project_members: ProjectMemberTable;
	member_roles: MemberRoleTable;
	member_side_requests: MemberSideRequestTable;
}

export type Project = Selectable<ProjectTable>;
export type NewProject = Insertable<ProjectTable>;
export type ProjectUpdate = Updateable<ProjectTable>;
export type ProjectMember = Selectable<ProjectMemberTable>;
