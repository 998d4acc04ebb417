import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Flag, IsoDate, Timestamp } from './columns';

export interface RegisterItemTable {
	id: string;
	project_id: string;
	type: 'risk' | 'issue' | 'change' | 'decision' | 'action';
	/** Per project and type: R-001 is (risk, 1). */
	number: number;
	title: string;
	description: ColumnType<string, string | undefined, string>;
	/** One of the type's statuses (src/lib/register/types.ts STATUSES). */
	status: string;
	owner_side: 'client' | 'vendor' | 'joint';
	owner_member_id: string | null;
	due_date: IsoDate | null;
	/** Risks: 1–5 each, score = probability × impact (stored so lists sort and filter by it). */
	probability: number | null;
	impact: number | null;
	score: number | null;
	/** Issues. */
	severity: 'critical' | 'high' | 'medium' | 'low' | null;
	blocking: ColumnType<Flag, Flag | undefined, Flag>;
	resolution: ColumnType<string, string | undefined, string>;
	/** JSON: the type's own fields (src/lib/register/views.ts RegisterDetails). */
	details: ColumnType<string, string | undefined, string>;
	origin: ColumnType<string, string | undefined, string>;
	/** The readiness factor, kickoff line, meeting … the item was raised from. */
	origin_ref: string | null;
	/** The day it was raised, in the project's time zone: a due date may not precede it. */
	raised_on: IsoDate;
	raised_by: string | null;
	raised_by_name: string;
	created_at: Timestamp;
	updated_at: Timestamp;
	closed_at: Timestamp | null;
	/** When the overdue item was escalated to the steering committee; cleared when it is no longer overdue. */
	escalated_at: Timestamp | null;
	version: Generated<number>;
}

export interface RegisterLinkTable {
	id: string;
	project_id: string;
	item_id: string;
	target_type: 'task' | 'deliverable' | 'phase' | 'item' | 'meeting';
	target_id: string;
	created_at: Timestamp;
	created_by: string | null;
}

export interface RegisterCommentTable {
	id: string;
	project_id: string;
	item_id: string;
	author_id: string | null;
	author_name: string;
	body: string;
	created_at: Timestamp;
}

/** The project control register: typed items, their links and comments. */
export interface RegisterTables {
	register_items: RegisterItemTable;
	register_links: RegisterLinkTable;
	register_comments: RegisterCommentTable;
}

export type RegisterItemRow = Selectable<RegisterItemTable>;
export type RegisterLinkRow = Selectable<RegisterLinkTable>;
export type RegisterCommentRow = Selectable<RegisterCommentTable>;
