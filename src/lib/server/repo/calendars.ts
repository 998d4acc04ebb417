import { CN_STATUTORY, WorkCalendar, type HolidayTable, type HolidayYear } from '../../scheduling/calendar';
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

/** Replaces one year's official arrangement. */
export async function replaceHolidayYear(
	db: Conn,
	year: number,
	arrangement: HolidayYear,
	by: { at: string; userId: string | null }
): Promise<void> {
	await db.deleteFrom('holiday_years').where('year', '=', year).execute();
	await db
		.insertInto('holiday_years')
		.values({ year, arrangement: JSON.stringify(arrangement), updated_at: by.at, updated_by: by.userId })
		.execute();
}

/** Sets (or, with `working` null, clears) one date's exception to the calendar. */
export async function replaceCalendarException(
	db: Conn,
	input: { date: string; working: boolean | null; note: string },
	by: { at: string; userId: string | null }
): Promise<void> {
	await db.deleteFrom('calendar_exceptions').where('date', '=', input.date).execute();
	if (input.working !== null)
		await db
			.insertInto('calendar_exceptions')
			.values({
				date: input.date,
				working: input.working ? 1 : 0,
				note: input.note,
				updated_at: by.at,
				updated_by: by.userId
			})
			.execute();
}

/** The project's calendar kind and version. */
export async function projectCalendarKind(db: Conn, projectId: string) {
	const row = await db
		.selectFrom('projects')
		.select(['version', 'calendar_kind'])
		.where('id', '=', projectId)
		.executeTakeFirstOrThrow();
	return { kind: row.calendar_kind, version: Number(row.version) };
}

export async function setCalendarKind(
	db: Conn,
	projectId: string,
	kind: CalendarKind,
	version: number,
	at: string
): Promise<void> {
	await db
		.updateTable('projects')
		.set({ calendar_kind: kind, version: version + 1, updated_at: at })
		.where('id', '=', projectId)
		.execute();
}
