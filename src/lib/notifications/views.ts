// A notification as the notifications page reads it (camelCase); repo/notifications.ts maps rows to it.

export type NotificationKind =
	| 'submitted'
	| 'decided'
	| 'overdue'
	| 'voided'
	| 'sideRequest'
	| 'slotsChanged'
	// A register item overdue past the project's escalation threshold, sent to the steering committee.
	| 'escalated';

export interface NotificationView {
	id: string;
	projectId: string;
	projectCode: string;
	kind: NotificationKind;
	objectType: string;
	objectId: string;
	detail: Record<string, unknown>;
	createdAt: string;
	read: boolean;
}
