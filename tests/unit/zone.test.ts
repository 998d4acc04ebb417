import { describe, expect, it } from 'vitest';
import { dateInZone, startOfDayInZone } from '../../src/lib/scheduling/zone';

describe('dates in a project’s time zone', () => {
	it('gives the calendar date of an instant in the zone', () => {
		// 17:30 UTC on Sunday is already Monday in Shanghai, still Sunday in New York.
		expect(dateInZone('2026-11-29T17:30:00.000Z', 'Asia/Shanghai')).toBe('2026-11-30');
		expect(dateInZone('2026-11-29T17:30:00.000Z', 'America/New_York')).toBe('2026-11-29');
	});

	it('gives the instant a day begins in the zone, across a DST change', () => {
		expect(startOfDayInZone('2026-11-30', 'Asia/Shanghai')).toBe('2026-11-29T16:00:00.000Z');
		expect(startOfDayInZone('2026-11-30', 'UTC')).toBe('2026-11-30T00:00:00.000Z');
		// New York: the clocks go forward on 8 March 2026: that midnight is still EST (UTC−5), the next one EDT (UTC−4).
		expect(startOfDayInZone('2026-03-08', 'America/New_York')).toBe('2026-03-08T05:00:00.000Z');
		expect(startOfDayInZone('2026-03-09', 'America/New_York')).toBe('2026-03-09T04:00:00.000Z');
	});
});
