import { describe, expect, it } from 'vitest';
import { gettingStartedSteps, type GettingStartedFacts } from '../../src/lib/projects/getting-started';

const fresh: GettingStartedFacts = {
	memberSeats: [{ side: 'client', roles: ['projectManager'] }],
	slotSeats: [
		{ side: 'client', role: 'lead' },
		{ side: 'vendor', role: 'lead' },
		{ side: 'client', role: 'lead' }
	],
	calendarKind: 'china',
	startDate: '2026-09-01',
	goLiveDate: '2027-03-31',
	holidayYears: [2025, 2026],
	baselineCount: 0
};

describe('getting-started steps', () => {
	it('a new project has every step to do, each saying what is missing', () => {
		expect(gettingStartedSteps(fresh)).toEqual([
			{ id: 'members', done: false, missingSides: ['vendor'] },
			{
				id: 'leads',
				done: false,
				missingSeats: [
					{ side: 'client', role: 'lead' },
					{ side: 'vendor', role: 'lead' }
				]
			},
			{ id: 'calendar', done: false, missingYears: [2027] },
			{ id: 'plan', done: false }
		]);
	});

	it('each step is done by the data alone', () => {
		const steps = gettingStartedSteps({
			...fresh,
			memberSeats: [
				{ side: 'client', roles: ['projectManager', 'lead'] },
				{ side: 'vendor', roles: ['lead'] }
			],
			holidayYears: [2026, 2027],
			baselineCount: 1
		});
		expect(steps.every((s) => s.done)).toBe(true);
		// A weekday calendar needs no holiday arrangement; a lead on the wrong side fills no slot.
		const other = gettingStartedSteps({
			...fresh,
			calendarKind: 'weekdays',
			memberSeats: [
				{ side: 'client', roles: ['projectManager'] },
				{ side: 'consultant', roles: ['lead'] }
			]
		});
		expect(other.find((s) => s.id === 'calendar')?.done).toBe(true);
		expect(other.find((s) => s.id === 'members')).toEqual({
			id: 'members',
			done: false,
			missingSides: ['vendor']
		});
		expect(other.find((s) => s.id === 'leads')?.done).toBe(false);
	});
});
