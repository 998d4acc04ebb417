import type { Side } from '../raci/sides';
import type { RegisterItemSummary } from '../register/views';

/** 指导委员会 steering committee, 双方周例会 weekly joint meeting, 其他 (专题会 …). */
export const MEETING_TYPES = ['steering', 'weekly', 'other'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

/** 计划中 / 已召开 / 已取消. */
export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** The register types a meeting records: what was decided, who does what next, what is wrong. */
export const MEETING_ITEM_TYPES = ['decision', 'action', 'issue'] as const;
export type MeetingItemType = (typeof MEETING_ITEM_TYPES)[number];

export function isMeetingItemType(value: unknown): value is MeetingItemType {
	return typeof value === 'string' && (MEETING_ITEM_TYPES as readonly string[]).includes(value);
}

export interface MeetingAttendee {
	memberId: string;
	name: string;
	side: Side;
}

/** What the meetings list and the API's list show. */
export interface MeetingSummary {
	id: string;
	type: MeetingType;
	title: string;
	/** UTC instant; pages print it in the project's time zone. */
	startsAt: string;
	/** The meeting's date in the project's time zone (YYYY-MM-DD). */
	date: string;
	/** HH:MM in the project's time zone. */
	time: string;
	durationMinutes: number;
	location: string;
	status: MeetingStatus;
	seriesId: string | null;
	/** The series date it was planned for (a holiday moves the meeting, not this). */
	occurrence: string | null;
	attendeeCount: number;
	version: number;
}

/** A register item recorded in the meeting, as the meeting lists it. */
export type MeetingItem = RegisterItemSummary;

export interface MeetingView extends MeetingSummary {
	attendees: MeetingAttendee[];
	/** Guests who are not project members. */
	guests: string[];
	agenda: string[];
	minutes: string;
	items: MeetingItem[];
	createdAt: string;
	updatedAt: string;
}

export interface MeetingSeriesView {
	id: string;
	type: MeetingType;
	title: string;
	everyWeeks: number;
	weekday: number;
	time: string;
	durationMinutes: number;
	location: string;
	anchorDate: string;
	attendeeIds: string[];
	active: boolean;
	version: number;
}
