import { instantInZone } from '../../meetings/cadence';
import { isMeetingItemType, type MeetingSummary, type MeetingView } from '../../meetings/types';
import type { RegisterItemView } from '../../register/views';
import type { CreateMeetingInput, UpdateMeetingInput } from '../../schemas/meetings';
import type { CreateRegisterItemInput } from '../../schemas/register';
import { dateInZone } from '../../scheduling/zone';
import type { Conn } from '../db';
import { DomainError, notFound } from '../errors';
import { newId, nowIso } from '../ids';
import {
	insertItemLink,
	insertMeeting,
	listMeetingRows,
	loadMeeting,
	replaceAttendees,
	unknownMembers,
	updateMeetingRow
} from '../repo/meetings';
import { getProject } from '../repo/projects';
import { recordAudit, type Actor } from './audit';
import { createRegisterItem } from './register';
import { inTransaction } from './transaction';

async function projectZone(db: Conn, projectId: string): Promise<string> {
	const project = await getProject(db, projectId);
	if (!project) throw notFound();
	return project.timeZone;
}

async function checkAttendees(db: Conn, projectId: string, ids: readonly string[]) {
	if ((await unknownMembers(db, projectId, ids)).length)
		throw new DomainError('validation_failed', 'meeting.error.unknownAttendee', { field: 'attendeeIds' });
}

export async function listMeetings(db: Conn, projectId: string): Promise<MeetingSummary[]> {
	return listMeetingRows(db, projectId, await projectZone(db, projectId));
}

export async function getMeeting(db: Conn, projectId: string, id: string): Promise<MeetingView> {
	const meeting = await loadMeeting(db, projectId, id, await projectZone(db, projectId));
	if (!meeting) throw notFound();
	return meeting;
}

/** Schedules (or records) a meeting; its date and time are read in the project's time zone. */
export async function createMeeting(
	db: Conn,
	actor: Actor,
	projectId: string,
	input: CreateMeetingInput,
	plan: { seriesId?: string; occurrence?: string } = {}
): Promise<MeetingView> {
	const id = newId();
	await inTransaction(db, async (trx) => {
		const zone = await projectZone(trx, projectId);
		await checkAttendees(trx, projectId, input.attendeeIds);
		const now = nowIso();
		await insertMeeting(trx, {
			id,
			project_id: projectId,
			type: input.type,
			title: input.title,
			starts_at: instantInZone(input.date, input.time, zone),
			duration_minutes: input.durationMinutes,
			location: input.location,
			guests: input.guests.join('\n'),
			agenda: JSON.stringify(input.agenda),
			minutes: input.minutes,
			status: input.status,
			series_id: plan.seriesId ?? null,
			occurrence: plan.occurrence ?? null,
			created_by: actor.userId,
			created_at: now,
			updated_at: now
		});
		await replaceAttendees(trx, id, input.attendeeIds);
		await recordAudit(trx, actor, {
			action: 'meeting.create',
			objectType: 'meeting',
			objectId: id,
			projectId,
			detail: { type: input.type, title: input.title, date: input.date, seriesId: plan.seriesId ?? null }
		});
	});
	return getMeeting(db, projectId, id);
}

/** Saves a partial edit over the version the editor saw; a stale version is a conflict carrying the meeting now. */
export async function updateMeeting(
	db: Conn,
	actor: Actor,
	projectId: string,
	id: string,
	input: UpdateMeetingInput
): Promise<MeetingView> {
	await inTransaction(db, async (trx) => {
		const zone = await projectZone(trx, projectId);
		const before = await loadMeeting(trx, projectId, id, zone);
		if (!before) throw notFound();
		if (before.version !== input.version)
			throw new DomainError('conflict', 'error.versionConflict', { current: before });
		if (input.attendeeIds) await checkAttendees(trx, projectId, input.attendeeIds);
		const date = input.date ?? before.date;
		const time = input.time ?? before.time;
		const written = await updateMeetingRow(trx, projectId, id, before.version, {
			type: input.type ?? before.type,
			title: input.title ?? before.title,
			starts_at: instantInZone(date, time, zone),
			duration_minutes: input.durationMinutes ?? before.durationMinutes,
			location: input.location ?? before.location,
			guests: (input.guests ?? before.guests).join('\n'),
			agenda: JSON.stringify(input.agenda ?? before.agenda),
			minutes: input.minutes ?? before.minutes,
			status: input.status ?? before.status,
			updated_at: nowIso()
		});
		if (!written) throw new DomainError('conflict', 'error.versionConflict', { current: before });
		if (input.attendeeIds) await replaceAttendees(trx, id, input.attendeeIds);
		await recordAudit(trx, actor, {
			action: 'meeting.update',
			objectType: 'meeting',
			objectId: id,
			projectId,
			detail: {
				changed: Object.keys(input).filter((k) => k !== 'version'),
				from: before.status,
				to: input.status ?? before.status,
				version: before.version + 1
			}
		});
	});
	return getMeeting(db, projectId, id);
}

/**
 * Records a decision, action or issue from the meeting: a register item (origin meeting) linked to it, raised on
 * the meeting's day when it has taken place, so an action agreed last week is not dated today.
 */
export async function recordMeetingItem(
	db: Conn,
	actor: Actor,
	projectId: string,
	meetingId: string,
	input: CreateRegisterItemInput
): Promise<RegisterItemView> {
	return inTransaction(db, async (trx) => {
		const zone = await projectZone(trx, projectId);
		const meeting = await loadMeeting(trx, projectId, meetingId, zone);
		// Another project's meeting is missing, whatever the body says.
		if (!meeting) throw notFound();
		if (!isMeetingItemType(input.type))
			throw new DomainError('validation_failed', 'meeting.error.itemType', { field: 'type' });
		if (meeting.status === 'cancelled')
			throw new DomainError('conflict', 'meeting.error.cancelled', { field: 'type' });
		const today = dateInZone(new Date(), zone);
		const raisedOn = meeting.date < today ? meeting.date : today;
		const decided = input.type === 'decision';
		const item = await createRegisterItem(
			trx,
			actor,
			projectId,
			decided ? { ...input, decidedOn: input.decidedOn ?? meeting.date } : input,
			{ origin: 'meeting', originRef: meetingId, raisedOn, ...(decided ? { status: 'decided' } : {}) }
		);
		await insertItemLink(
			trx,
			{ id: newId(), projectId, itemId: item.id, targetType: 'meeting', targetId: meetingId },
			nowIso(),
			actor.userId
		);
		await recordAudit(trx, actor, {
			action: 'meeting.item',
			objectType: 'meeting',
			objectId: meetingId,
			projectId,
			detail: { itemId: item.id, code: item.code, type: item.type }
		});
		return item;
	});
}
