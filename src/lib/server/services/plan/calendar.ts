import type { HolidayYear } from '../../../scheduling/calendar';
import type { Conn } from '../../db';
import { DomainError } from '../../errors';
import { nowIso } from '../../ids';
import { recordAudit, type Actor } from '../audit';
import {
	calendarOf,
	projectCalendarKind,
	replaceCalendarException,
	replaceHolidayYear,
	setCalendarKind,
	type CalendarKind
} from '../../repo/calendars';
import { recomputeSchedule } from './schedule';
import { inTransaction } from '../transaction';

/** Switches a project to another working calendar and re-dates its plan in the same transaction. */
export async function setProjectCalendar(
	db: Conn,
	actor: Actor,
	projectId: string,
	input: { kind: CalendarKind; version: number }
): Promise<string[]> {
	return inTransaction(db, async (trx) => {
		const project = await projectCalendarKind(trx, projectId);
		if (project.version !== input.version)
			throw new DomainError('conflict', 'error.versionConflict', { current: project });
		await setCalendarKind(trx, projectId, input.kind, project.version, nowIso());
		const { moved } = await recomputeSchedule(trx, projectId, {
			calendar: await calendarOf(trx, input.kind)
		});
		await recordAudit(trx, actor, {
			action: 'project.calendar',
			objectType: 'project',
			objectId: projectId,
			projectId,
			detail: { from: project.kind, to: input.kind, moved: moved.length }
		});
		return moved;
	});
}

/** Adds or replaces one year's official arrangement (instance admins). */
export async function saveHolidayYear(
	db: Conn,
	actor: Actor,
	year: number,
	arrangement: HolidayYear
): Promise<void> {
	for (const [start, end] of arrangement.holidays) {
		if (!start.startsWith(String(year)) && !end.startsWith(String(year)))
			throw new DomainError('validation_failed', 'calendar.dateOutsideYear', {
				field: 'holidays',
				params: { date: start }
			});
		if (end < start)
			throw new DomainError('validation_failed', 'calendar.rangeReversed', {
				field: 'holidays',
				params: { date: start }
			});
	}
	await inTransaction(db, async (trx) => {
		await replaceHolidayYear(trx, year, arrangement, { at: nowIso(), userId: actor.userId });
		await recordAudit(trx, actor, {
			action: 'calendar.year',
			objectType: 'calendar',
			objectId: String(year),
			projectId: null,
			detail: { ...arrangement }
		});
	});
}

export async function saveCalendarException(
	db: Conn,
	actor: Actor,
	input: { date: string; working: boolean | null; note: string }
): Promise<void> {
	await inTransaction(db, async (trx) => {
		await replaceCalendarException(trx, input, { at: nowIso(), userId: actor.userId });
		await recordAudit(trx, actor, {
			action: 'calendar.exception',
			objectType: 'calendar',
			objectId: input.date,
			projectId: null,
			detail: input
		});
	});
}
