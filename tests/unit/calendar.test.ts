import { describe, expect, it } from 'vitest';
import { chinaCalendar, fromDay, toDay, WorkCalendar } from '../../src/lib/scheduling/calendar';
import { weekday } from '../../src/lib/scheduling/dates';

const cn = chinaCalendar();
const d = toDay;

describe('dates', () => {
	it('round-trips ISO dates and knows weekdays', () => {
		expect(fromDay(d('2026-02-14'))).toBe('2026-02-14');
		expect(weekday(d('2026-02-14'))).toBe(6); // a Saturday
		expect(weekday(d('1970-01-01'))).toBe(4);
	});
});

describe('Chinese working calendar', () => {
	it('treats 调休 Saturdays as working days and the Spring Festival as holiday', () => {
		expect(cn.isWorkingDay(d('2026-02-14'))).toBe(true);
		for (const day of ['2026-02-15', '2026-02-16', '2026-02-20', '2026-02-23'])
			expect(cn.isWorkingDay(d(day))).toBe(false);
		expect(cn.holidayName(d('2026-02-17'))).toBe('春节');
		expect(cn.isWorkingDay(d('2026-02-24'))).toBe(true);
	});

	it('ends a 5-working-day task started on 2026-02-12 on 2026-02-25', () => {
		expect(fromDay(cn.finishOf(d('2026-02-12'), 5))).toBe('2026-02-25');
	});

	it('moves a start on a holiday to the next working day', () => {
		expect(fromDay(cn.onOrAfter(d('2026-10-01')))).toBe('2026-10-08');
		expect(fromDay(cn.onOrBefore(d('2026-10-07')))).toBe('2026-09-30');
	});

	it('shifts by negative and positive working days', () => {
		expect(fromDay(cn.shift(d('2026-02-25'), -4))).toBe('2026-02-12');
		expect(fromDay(cn.shift(d('2026-02-13'), 1))).toBe('2026-02-14');
	});

	it('counts working days inclusively', () => {
		expect(cn.workingDaysBetween(d('2026-02-12'), d('2026-02-25'))).toBe(5);
		expect(cn.workingDaysBetween(d('2026-02-25'), d('2026-02-12'))).toBe(0);
	});

	it('reports years whose official arrangement is missing', () => {
		expect(cn.missingYears(d('2026-11-01'), d('2027-03-01'))).toEqual([2027]);
		expect(
			new WorkCalendar({ workingWeekdays: [1, 2, 3, 4, 5], holidayYears: {} }).missingYears(
				d('2030-01-01'),
				d('2031-01-01')
			)
		).toEqual([]);
	});

	it('applies project-specific exceptions over the official arrangement', () => {
		const cal = chinaCalendar({ extraWorking: ['2026-02-16'], extraNonWorking: ['2026-03-02'] });
		expect(cal.isWorkingDay(d('2026-02-16'))).toBe(true);
		expect(cal.isWorkingDay(d('2026-03-02'))).toBe(false);
	});

	it('without statutory holidays only the weekdays count', () => {
		const plain = new WorkCalendar({ workingWeekdays: [1, 2, 3, 4, 5], holidayYears: {} });
		expect(plain.isWorkingDay(d('2026-02-16'))).toBe(true);
		expect(plain.isWorkingDay(d('2026-02-14'))).toBe(false);
	});
});
