import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Flag, IsoDate, Timestamp } from './columns';

export type MeetingTypeColumn = 'steering' | 'weekly' | 'other';

export interface MeetingTable {
	id: string;
	project_id: string;
	type: MeetingTypeColumn;
	title: string;
	/** The instant it starts (UTC); shown in the project's time zone. */
	starts_at: Timestamp;
	duration_minutes: ColumnType<number, number | undefined, number>;
	location: ColumnType<string, string | undefined, string>;
	/** Guests who are not project members, one per line. */
	guests: ColumnType<string, string | undefined, string>;
	/** JSON array of agenda items (strings). */
	agenda: ColumnType<string, string | undefined, string>;
	minutes: ColumnType<string, string | undefined, string>;
	status: 'planned' | 'held' | 'cancelled';
	series_id: string | null;
	/** The series date it was planned for (before a holiday moved it); null for a one-off meeting. */
	occurrence: IsoDate | null;
	created_by: string | null;
	created_at: Timestamp;
	updated_at: Timestamp;
	version: Generated<number>;
}

export interface MeetingAttendeeTable {
	meeting_id: string;
	member_id: string;
}

export interface MeetingSeriesTable {
	id: string;
	project_id: string;
	type: MeetingTypeColumn;
	title: string;
	every_weeks: number;
	/** ISO weekday, 1 = Monday. */
	weekday: number;
	/** HH:MM in the project's time zone. */
	time: string;
	duration_minutes: ColumnType<number, number | undefined, number>;
	location: ColumnType<string, string | undefined, string>;
	/** The first date of the series: occurrences are every `every_weeks` weeks from it. */
	anchor_date: IsoDate;
	/** JSON array of project member ids invited by default. */
	attendee_ids: ColumnType<string, string | undefined, string>;
	active: ColumnType<Flag, Flag | undefined, Flag>;
	created_at: Timestamp;
	updated_at: Timestamp;
	version: Generated<number>;
}

/** Meetings of the joint project and the series that plan them. */
export interface MeetingTables {
	meetings: MeetingTable;
	meeting_attendees: MeetingAttendeeTable;
	meeting_series: MeetingSeriesTable;
}

export type MeetingRow = Selectable<MeetingTable>;
export type MeetingSeriesRow = Selectable<MeetingSeriesTable>;
