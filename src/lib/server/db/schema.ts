// The whole database as Kysely sees it: one table file per aggregate (tables/*.ts), composed here. Modules
// import row types from this file, so a table can move between aggregates without touching its readers.
import type { AccountTables } from './tables/accounts';
import type { AuditTables } from './tables/audit';
import type { CalendarTables } from './tables/calendar';
import type { DesignTables } from './tables/design';
import type { DocumentTables } from './tables/documents';
import type { InvitationTables } from './tables/invitations';
import type { MeetingTables } from './tables/meetings';
import type { NotificationTables } from './tables/notifications';
import type { PlanTables } from './tables/plan';
import type { ProjectTables } from './tables/projects';
import type { RaciTables } from './tables/raci';
import type { RegisterTables } from './tables/register';
import type { ReadinessTables } from './tables/readiness';
import type { SignoffTables } from './tables/signoff';
import type { TestingTables } from './tables/testing';

export interface Database
	extends
		AccountTables,
		ProjectTables,
		AuditTables,
		PlanTables,
		CalendarTables,
		ReadinessTables,
		RaciTables,
		DocumentTables,
		SignoffTables,
		NotificationTables,
		InvitationTables,
		RegisterTables,
		MeetingTables,
		DesignTables,
		TestingTables {}

export type * from './tables/accounts';
export type * from './tables/audit';
export type * from './tables/calendar';
export type * from './tables/design';
export type * from './tables/documents';
export type * from './tables/invitations';
export type * from './tables/meetings';
export type * from './tables/notifications';
export type * from './tables/plan';
export type * from './tables/projects';
export type * from './tables/raci';
export type * from './tables/register';
export type * from './tables/readiness';
export type * from './tables/signoff';
export type * from './tables/testing';
