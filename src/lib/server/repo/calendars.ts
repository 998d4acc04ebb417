import type { Kysely } from 'kysely';
import { CN_STATUTORY, WorkCalendar, type HolidayTable, type HolidayYear } from '../../scheduling/calendar';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { nowIso } from '../ids';
import { recordAudit, type Actor } from '../services/audit';
import type { Conn } from '../db';

export const CALENDAR_KINDS = ['china', 'weekdays'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];

/** The shipped official arrangements (2025, 2026) overlaid with the years an instance admin added. */
export async function holidayTable(db: Conn): Promise<HolidayTable> {
	const rows = await db.selectFrom('holiday_years').selectAll().execute();
	const table: HolidayTable = { ...CN_STATUTORY };
	for (const r of rows) table[String(r.year)] = JSON.parse(r.arrangement) as HolidayYear;
	return table;
}

export interface CalendarView {
	kind: CalendarKind;
	workingWeekdays: number[];
	years: number[];
	exceptions: { date: string; working: boolean; note: string }[];
}

export async function describeCalendar(db: Conn, kind: CalendarKind): Promise<CalendarView> {
	const [table, exceptions] = await Promise.all([
		holidayTable(db),
		db.selectFrom('calendar_exceptions').selectAll().orderBy('date').execute()
	]);
	return {
		kind,
		workingWeekdays: [1, 2, 3, 4, 5],
		years: kind === 'china' ? Object.keys(table).map(Number).sort() : [],
		exceptions:
			kind === 'china'
				? exceptions.map((e) => ({ date: e.date, working: e.working === 1, note: e.note }))
				: []
	};
}

/** The calendar a kind of project schedules on, built from the database's holiday years and exceptions. */
export async function calendarOf(db: Conn, kind: CalendarKind): Promise<WorkCalendar> {
	if (kind === 'weekdays') return new WorkCalendar({ workingWeekdays: [1, 2, 3, 4, 5], holidayYears: {} });
	const [table, exceptions] = await Promise.all([
		holidayTable(db),
		db.selectFrom('calendar_exceptions').selectAll().execute()
	]);
	return new WorkCalendar({
		workingWeekdays: [1, 2, 3, 4, 5],
		holidayYears: table,
		extraNonWorking: exceptions.filter((e) => e.working === 0).map((e) => e.date),
		extraWorking: exceptions.filter((e) => e.working === 1).map((e) => e.date)
	});
}

export async function projectCalendar(db: Conn, projectId: string): Promise<WorkCalendar> {
	const project = await db
		.selectFrom('projects')
		.select('calendar_kind')
		.where('id', '=', projectId)
		.executeTakeFirst();
	return calendarOf(db, project?.calendar_kind ?? 'china');
}

/** Adds or replaces one year's official arrangement (instance admins). */
export async function saveHolidayYear(
	db: Kysely<Database>,
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
	await db.transaction().execute(async (trx) => {
		const now = nowIso();
		await trx.deleteFrom('holiday_years').where('year', '=', year).execute();
		await trx
			.insertInto('holiday_years')
			.values({ year, arrangement: JSON.stringify(arrangement), updated_at: now, updated_by: actor.userId })
			.execute();
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
	db: Kysely<Database>,
	actor: Actor,
	input: { date: string; working: boolean | null; note: string }
): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await trx.deleteFrom('calendar_exceptions').where('date', '=', input.date).execute();
		if (input.working !== null)
			await trx
				.insertInto('calendar_exceptions')
				.values({
					date: input.date,
					working: input.working ? 1 : 0,
					note: input.note,
					updated_at: nowIso(),
					updated_by: actor.userId
				})
				.execute();
		await recordAudit(trx, actor, {
			action: 'calendar.exception',
			objectType: 'calendar',
			objectId: input.date,
			projectId: null,
			detail: input
		});
	});
}
