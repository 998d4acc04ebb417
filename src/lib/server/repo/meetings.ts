import type { Insertable, Updateable } from 'kysely';
import { dateInZone } from '../../scheduling/zone';
import { timeInZone } from '../../meetings/cadence';
import type {
	MeetingAttendee,
	MeetingSeriesView,
	MeetingStatus,
	MeetingSummary,
	MeetingType,
	MeetingView
} from '../../meetings/types';
import type { RegisterItemSummary } from '../../register/views';
import type { Side } from '../../raci/sides';
import type { Conn } from '../db';
import type { MeetingRow, MeetingSeriesRow, MeetingSeriesTable, MeetingTable } from '../db/schema';
import { toSummary } from './register-items';

export type NewMeetingRow = Insertable<MeetingTable>;
export type MeetingChanges = Updateable<MeetingTable>;

export async function insertMeeting(db: Conn, row: NewMeetingRow): Promise<void> {
	await db.insertInto('meetings').values(row).execute();
}

/** Replaces who attends (members of the project only; the service checks them). */
export async function replaceAttendees(db: Conn, meetingId: string, memberIds: readonly string[]) {
	await db.deleteFrom('meeting_attendees').where('meeting_id', '=', meetingId).execute();
	const unique = [...new Set(memberIds)];
	if (unique.length)
		await db
			.insertInto('meeting_attendees')
			.values(unique.map((member_id) => ({ meeting_id: meetingId, member_id })))
			.execute();
}

/** Writes over `version`; false when someone else saved first. */
export async function updateMeetingRow(
	db: Conn,
	projectId: string,
	id: string,
	version: number,
	changes: MeetingChanges
): Promise<boolean> {
	const res = await db
		.updateTable('meetings')
		.set({ ...changes, version: version + 1 })
		.where('project_id', '=', projectId)
		.where('id', '=', id)
		.where('version', '=', version)
		.executeTakeFirst();
	return Number(res.numUpdatedRows) === 1;
}

/** Does the meeting exist in this project? Register links to a meeting are validated with it. */
export async function meetingExists(db: Conn, projectId: string, id: string): Promise<boolean> {
	const row = await db
		.selectFrom('meetings')
		.select('id')
		.where('project_id', '=', projectId)
		.where('id', '=', id)
		.executeTakeFirst();
	return !!row;
}

/** Which of `ids` are not members of the project. */
export async function unknownMembers(db: Conn, projectId: string, ids: readonly string[]): Promise<string[]> {
	if (!ids.length) return [];
	const rows = await db
		.selectFrom('project_members')
		.select('id')
		.where('project_id', '=', projectId)
		.where('id', 'in', [...new Set(ids)])
		.execute();
	const known = new Set(rows.map((r) => r.id));
	return ids.filter((id) => !known.has(id));
}

function toMeetingSummary(r: MeetingRow, timeZone: string, attendeeCount: number): MeetingSummary {
	return {
		id: r.id,
		type: r.type as MeetingType,
		title: r.title,
		startsAt: r.starts_at,
		date: dateInZone(r.starts_at, timeZone),
		time: timeInZone(r.starts_at, timeZone),
		durationMinutes: Number(r.duration_minutes),
		location: r.location,
		status: r.status as MeetingStatus,
		seriesId: r.series_id,
		occurrence: r.occurrence,
		attendeeCount,
		version: Number(r.version)
	};
}

/** A project's meetings by start time, each with its attendee count. */
export async function listMeetingRows(
	db: Conn,
	projectId: string,
	timeZone: string
): Promise<MeetingSummary[]> {
	const [rows, counts] = await Promise.all([
		db
			.selectFrom('meetings')
			.selectAll()
			.where('project_id', '=', projectId)
			.orderBy('starts_at')
			.orderBy('id')
			.execute(),
		db
			.selectFrom('meeting_attendees as a')
			.innerJoin('meetings as m', 'm.id', 'a.meeting_id')
			.select(['a.meeting_id', (eb) => eb.fn.countAll<number>().as('n')])
			.where('m.project_id', '=', projectId)
			.groupBy('a.meeting_id')
			.execute()
	]);
	const n = new Map(counts.map((c) => [c.meeting_id, Number(c.n)]));
	return rows.map((r) => toMeetingSummary(r, timeZone, n.get(r.id) ?? 0));
}

export async function meetingAttendees(db: Conn, meetingId: string): Promise<MeetingAttendee[]> {
	const rows = await db
		.selectFrom('meeting_attendees as a')
		.innerJoin('project_members as pm', 'pm.id', 'a.member_id')
		.innerJoin('users as u', 'u.id', 'pm.user_id')
		.select(['a.member_id', 'u.name', 'pm.side'])
		.where('a.meeting_id', '=', meetingId)
		.orderBy('pm.side')
		.orderBy('u.name')
		.execute();
	return rows.map((r) => ({ memberId: r.member_id, name: r.name, side: r.side as Side }));
}

/** The register items linked to the meeting, in type and number order. */
export async function meetingItems(
	db: Conn,
	projectId: string,
	meetingId: string
): Promise<RegisterItemSummary[]> {
	const rows = await db
		.selectFrom('register_links as l')
		.innerJoin('register_items as ri', 'ri.id', 'l.item_id')
		.leftJoin('project_members as pm', 'pm.id', 'ri.owner_member_id')
		.leftJoin('users as u', 'u.id', 'pm.user_id')
		.selectAll('ri')
		.select('u.name as owner_name')
		.where('l.project_id', '=', projectId)
		.where('l.target_type', '=', 'meeting')
		.where('l.target_id', '=', meetingId)
		.orderBy('ri.type')
		.orderBy('ri.number')
		.execute();
	return rows.map(toSummary);
}

/** One meeting with attendees, agenda, minutes and its register items; null when not in this project. */
export async function loadMeeting(
	db: Conn,
	projectId: string,
	id: string,
	timeZone: string
): Promise<MeetingView | null> {
	const row = await db
		.selectFrom('meetings')
		.selectAll()
		.where('project_id', '=', projectId)
		.where('id', '=', id)
		.executeTakeFirst();
	if (!row) return null;
	const [attendees, items] = await Promise.all([meetingAttendees(db, id), meetingItems(db, projectId, id)]);
	return {
		...toMeetingSummary(row, timeZone, attendees.length),
		attendees,
		guests: row.guests ? row.guests.split('\n').filter(Boolean) : [],
		agenda: JSON.parse(row.agenda) as string[],
		minutes: row.minutes,
		items,
		createdAt: row.created_at,
		updatedAt: row.updated_at
	};
}

/** Links a register item to a target of the same project (the caller has checked the target). */
export async function insertItemLink(
	db: Conn,
	row: { id: string; projectId: string; itemId: string; targetType: 'meeting' | 'task'; targetId: string },
	createdAt: string,
	createdBy: string | null
): Promise<void> {
	await db
		.insertInto('register_links')
		.values({
			id: row.id,
			project_id: row.projectId,
			item_id: row.itemId,
			target_type: row.targetType,
			target_id: row.targetId,
			created_at: createdAt,
			created_by: createdBy
		})
		.onConflict((oc) => oc.columns(['item_id', 'target_type', 'target_id']).doNothing())
		.execute();
}

// ---- series -------------------------------------------------------------------------------------------------

export type NewSeriesRow = Insertable<MeetingSeriesTable>;

function toSeriesView(r: MeetingSeriesRow): MeetingSeriesView {
	return {
		id: r.id,
		type: r.type as MeetingType,
		title: r.title,
		everyWeeks: Number(r.every_weeks),
		weekday: Number(r.weekday),
		time: r.time,
		durationMinutes: Number(r.duration_minutes),
		location: r.location,
		anchorDate: r.anchor_date,
		attendeeIds: JSON.parse(r.attendee_ids) as string[],
		active: Number(r.active) === 1,
		version: Number(r.version)
	};
}

export async function insertSeries(db: Conn, row: NewSeriesRow): Promise<void> {
	await db.insertInto('meeting_series').values(row).execute();
}

export async function updateSeriesRow(
	db: Conn,
	projectId: string,
	id: string,
	version: number,
	changes: Updateable<MeetingSeriesTable>
): Promise<boolean> {
	const res = await db
		.updateTable('meeting_series')
		.set({ ...changes, version: version + 1 })
		.where('project_id', '=', projectId)
		.where('id', '=', id)
		.where('version', '=', version)
		.executeTakeFirst();
	return Number(res.numUpdatedRows) === 1;
}

export async function listSeries(db: Conn, projectId: string): Promise<MeetingSeriesView[]> {
	const rows = await db
		.selectFrom('meeting_series')
		.selectAll()
		.where('project_id', '=', projectId)
		.orderBy('created_at')
		.orderBy('id')
		.execute();
	return rows.map(toSeriesView);
}

export async function loadSeries(db: Conn, projectId: string, id: string): Promise<MeetingSeriesView | null> {
	const row = await db
		.selectFrom('meeting_series')
		.selectAll()
		.where('project_id', '=', projectId)
		.where('id', '=', id)
		.executeTakeFirst();
	return row ? toSeriesView(row) : null;
}

/** The nominal dates a series has already planned (whatever became of those meetings since). */
export async function plannedOccurrences(db: Conn, seriesId: string): Promise<Set<string>> {
	const rows = await db
		.selectFrom('meetings')
		.select('occurrence')
		.where('series_id', '=', seriesId)
		.execute();
	return new Set(rows.map((r) => r.occurrence).filter((o): o is string => !!o));
}

/** Register items another screen raised with `origin`, keyed by their origin ref. */
export async function itemsByOrigin(
	db: Conn,
	projectId: string,
	origin: string
): Promise<Map<string, RegisterItemSummary>> {
	const rows = await db
		.selectFrom('register_items as ri')
		.leftJoin('project_members as pm', 'pm.id', 'ri.owner_member_id')
		.leftJoin('users as u', 'u.id', 'pm.user_id')
		.selectAll('ri')
		.select('u.name as owner_name')
		.where('ri.project_id', '=', projectId)
		.where('ri.origin', '=', origin)
		.execute();
	return new Map(rows.filter((r) => r.origin_ref).map((r) => [r.origin_ref!, toSummary(r)]));
}
