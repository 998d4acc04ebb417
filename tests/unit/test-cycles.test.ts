import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../src/lib/scheduling/calendar';
import { canMoveCycle, needState, parseCyclePage, percentOf } from '../../src/lib/testing/cycles';
import { CYCLE_STATUSES } from '../../src/lib/testing/types';

describe('test cycles', () => {
	it('moves planned → running → closed and reopens a closed cycle only to running', () => {
		expect(canMoveCycle('planned', 'running')).toBe(true);
		expect(canMoveCycle('running', 'closed')).toBe(true);
		expect(canMoveCycle('closed', 'running')).toBe(true);
		expect(canMoveCycle('closed', 'planned')).toBe(false);
		expect(canMoveCycle('running', 'planned')).toBe(false);
		for (const s of CYCLE_STATUSES) expect(canMoveCycle(s, s)).toBe(true);
	});

	it('counts a late need in working days past its promise (调休 calendar), and never a delivered one', () => {
		const cal = chinaCalendar();
		// Promised on Friday 2026-09-25: 28–30 Sep and 8–9 Oct are working days, the National Day week is not.
		expect(needState({ deliveredOn: null, promisedOn: '2026-09-25' }, '2026-10-09', cal)).toEqual({
			state: 'late',
			daysLate: 5
		});
		expect(needState({ deliveredOn: '2026-10-01', promisedOn: '2026-09-25' }, '2026-10-09', cal)).toEqual({
			state: 'delivered',
			daysLate: 0
		});
		expect(needState({ deliveredOn: null, promisedOn: '2026-10-09' }, '2026-10-09', cal)).toEqual({
			state: 'pending',
			daysLate: 0
		});
	});

	it('reads the page parameter strictly and gives percentages with one decimal', () => {
		expect(parseCyclePage(new URLSearchParams('page=3'))).toEqual({ page: 3, invalid: [] });
		expect(parseCyclePage(new URLSearchParams('page=0')).invalid).toEqual(['page']);
		expect(parseCyclePage(new URLSearchParams('page=x')).invalid).toEqual(['page']);
		expect(percentOf(2, 3)).toBe(66.7);
		expect(percentOf(0, 0)).toBeNull();
		fc.assert(
			fc.property(fc.nat(1000), fc.nat(1000), (a, extra) => {
				const p = percentOf(a, a + extra);
				return p === null ? a + extra === 0 : p >= 0 && p <= 100;
			})
		);
	});
});
