import type { Timestamp, Flag } from './columns';

export interface HolidayYearTable {
	year: number;
	/** JSON of { holidays: [start, end, name][], workdays: string[] }. */
	arrangement: string;
	updated_at: Timestamp;
	updated_by: string | null;
}

export interface CalendarExceptionTable {
	date: string;
	working: Flag;
	note: string;
	updated_at: Timestamp;
	updated_by: string | null;
}

/** The instance-wide working calendar: China's holiday arrangement per year and single-day exceptions. */
export interface CalendarTables {
	holiday_years: HolidayYearTable;
	calendar_exceptions: CalendarExceptionTable;
}
