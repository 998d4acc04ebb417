import type { Selectable } from 'kysely';
import type { Timestamp } from './columns';

export type NotificationKind =
	| 'submitted'
	| 'decided'
	| 'overdue'
	| 'voided'
	| 'sideRequest'
	| 'slotsChanged'
	// A register item overdue past the project's escalation threshold, sent to the steering committee.
	| 'escalated';

export interface NotificationTable {
	id: string;
	user_id: string;
	project_id: string;
	kind: NotificationKind;
	object_type: string;
	object_id: string;
	round_id: string | null;
	/** JSON: what the message needs (object name, decision, comment). */
	detail: string;
	created_at: Timestamp;
	read_at: Timestamp | null;
}

/** In-app notifications about reviews and side requests. */
export interface NotificationTables {
	notifications: NotificationTable;
}

export type NotificationRow = Selectable<NotificationTable>;
