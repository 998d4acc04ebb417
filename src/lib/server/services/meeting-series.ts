import { toDay, fromDay } from '../../scheduling/dates';
import { dateInZone } from '../../scheduling/zone';
import { meetingDay, nextWeekday, PLAN_AHEAD_DAYS, seriesDates } from '../../meetings/cadence';
import type { MeetingSeriesView } from '../../meetings/types';
import type { MeetingSeriesInput } from '../../schemas/meetings';
import type { Conn } from '../db';
import { DomainError, notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { projectCalendar } from '../repo/calendars';
import {
	insertSeries,
	listSeries,
	loadSeries,
	plannedOccurrences,
	unknownMembers,
	updateSeriesRow
} from '../repo/meetings';
import { getProject } from '../repo/projects';
import { recordAudit, type Actor } from './audit';
import { createMeeting } from './meetings';
import { inTransaction } from './transaction';

/**
 * Creates a series (no `current`) or edits one over the version the editor saw, then plans its meetings (`planned`: how many it added). A new
 * series starts on the first matching weekday from today; an edit keeps the dates already planned.
 */
export async function saveMeetingSeries(
	db: Conn,
	actor: Actor,
	projectId: string,
	input: MeetingSeriesInput,
	current: { id: string; version: number } | null = null,
	today?: string
): Promise<MeetingSeriesView & { planned: number }> {
	const id = current?.id ?? newId();
	const planned = await inTransaction(db, async (trx) => {
		const project = await getProject(trx, projectId);
		if (!project) throw notFound();
		if ((await unknownMembers(trx, projectId, input.attendeeIds)).length)
			throw new DomainError('validation_failed', 'meeting.error.unknownAttendee', { field: 'attendeeIds' });
		const day = today ?? dateInZone(new Date(), project.timeZone);
		const now = nowIso();
		const fields = {
			type: input.type,
			title: input.title,
			every_weeks: input.everyWeeks,
			weekday: input.weekday,
			time: input.time,
			duration_minutes: input.durationMinutes,
			location: input.location,
			attendee_ids: JSON.stringify(input.attendeeIds),
			updated_at: now
		};
		if (!current) {
			await insertSeries(trx, {
				id,
				project_id: projectId,
				...fields,
				anchor_date: nextWeekday(day, input.weekday),
				created_at: now
			});
		} else {
			const before = await loadSeries(trx, projectId, current.id);
			if (!before) throw notFound();
			if (before.version !== current.version)
				throw new DomainError('conflict', 'error.versionConflict', { current: before });
			// A new weekday or rhythm restarts the series from the next matching day; planned meetings stay.
			const rhythm = before.weekday !== input.weekday || before.everyWeeks !== input.everyWeeks;
			const anchor = rhythm ? nextWeekday(day, input.weekday) : before.anchorDate;
			if (
				!(await updateSeriesRow(trx, projectId, current.id, before.version, {
					...fields,
					anchor_date: anchor
				}))
			)
				throw new DomainError('conflict', 'error.versionConflict', { current: before });
		}
		await recordAudit(trx, actor, {
			action: current ? 'meeting.series.update' : 'meeting.series.create',
			objectType: 'meetingSeries',
			objectId: id,
			projectId,
			detail: { type: input.type, everyWeeks: input.everyWeeks, weekday: input.weekday, time: input.time }
		});
		return planSeriesMeetings(trx, actor, projectId, day);
	});
	return { ...(await loadSeries(db, projectId, id))!, planned };
}

/**
 * Plans every active series' meetings from `today` to eight weeks ahead, each nominal date once (run again, it
 * adds only what is missing); a date that is not a working day of the project calendar moves to the next one.
 * Returns how many meetings it planned.
 */
export async function planSeriesMeetings(
	db: Conn,
	actor: Actor,
	projectId: string,
	today?: string
): Promise<number> {
	return inTransaction(db, async (trx) => {
		const project = await getProject(trx, projectId);
		if (!project) throw notFound();
		const from = today ?? dateInZone(new Date(), project.timeZone);
		const to = fromDay(toDay(from) + PLAN_AHEAD_DAYS);
		const calendar = await projectCalendar(trx, projectId);
		let planned = 0;
		for (const series of await listSeries(trx, projectId)) {
			if (!series.active) continue;
			const done = await plannedOccurrences(trx, series.id);
			const gone = new Set(await unknownMembers(trx, projectId, series.attendeeIds));
			for (const occurrence of seriesDates(series.anchorDate, series.everyWeeks, from, to)) {
				if (done.has(occurrence)) continue;
				await createMeeting(
					trx,
					actor,
					projectId,
					{
						type: series.type,
						title: series.title,
						date: meetingDay(occurrence, calendar),
						time: series.time,
						durationMinutes: series.durationMinutes,
						location: series.location,
						attendeeIds: series.attendeeIds.filter((m) => !gone.has(m)),
						guests: [],
						agenda: [],
						minutes: '',
						status: 'planned'
					},
					{ seriesId: series.id, occurrence }
				);
				planned++;
			}
		}
		return planned;
	});
}
