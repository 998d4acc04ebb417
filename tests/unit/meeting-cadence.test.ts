import { describe, expect, it } from 'vitest';
import {
	instantInZone,
	meetingDay,
	nextWeekday,
	seriesDates,
	timeInZone
} from '../../src/lib/meetings/cadence';
import { chinaCalendar } from '../../src/lib/scheduling/calendar';

describe('meeting cadence', () => {
	it('finds the next weekday and the series dates every N weeks from the anchor, never before it', () => {
		expect(nextWeekday('2026-09-14', 1)).toBe('2026-09-14');
		expect(nextWeekday('2026-09-15', 1)).toBe('2026-09-21');
		expect(seriesDates('2026-09-17', 2, '2026-09-01', '2026-10-20')).toEqual([
			'2026-09-17',
			'2026-10-01',
			'2026-10-15'
		]);
		expect(seriesDates('2026-09-17', 2, '2026-09-18', '2026-10-14')).toEqual(['2026-10-01']);
		expect(seriesDates('2026-09-17', 1, '2026-09-25', '2026-09-23')).toEqual([]);
	});

	it('moves a meeting off a holiday to the next working day, keeping a 调休 Saturday', () => {
		const calendar = chinaCalendar();
		expect(meetingDay('2026-10-01', calendar)).toBe('2026-10-08');
		expect(meetingDay('2026-09-25', calendar)).toBe('2026-09-28');
		expect(meetingDay('2026-10-10', calendar)).toBe('2026-10-10');
		expect(meetingDay('2026-09-16', calendar)).toBe('2026-09-16');
	});

	it('reads a wall-clock time in the project’s zone', () => {
		expect(instantInZone('2026-03-16', '14:00', 'Asia/Shanghai')).toBe('2026-03-16T06:00:00.000Z');
		expect(timeInZone('2026-03-16T06:00:00.000Z', 'Asia/Shanghai')).toBe('14:00');
		expect(instantInZone('2026-07-06', '09:30', 'Europe/Berlin')).toBe('2026-07-06T07:30:00.000Z');
	});
});
