import { describe, expect, it } from 'vitest';
import { openingDate, openingRow, sliceStart, todayIn } from '../../src/lib/gantt/opening';
import { plannedMove } from '../../src/lib/gantt/view';

const row = (start: string, finish: string, hasChildren = false) => ({ start, finish, hasChildren });

describe('where the Gantt opens', () => {
	const plan = [
		row('2026-09-01', '2026-12-31', true),
		row('2026-09-01', '2026-09-10'),
		row('2026-09-11', '2026-10-30'),
		row('2026-11-02', '2026-12-04'),
		row('2026-12-07', '2026-12-18')
	];

	it('opens at the first task whose work is current or next, never at a summary spanning today', () => {
		expect(openingRow(plan, '2026-12-02')).toBe(3);
		expect(openingRow(plan, '2026-12-05')).toBe(4);
		expect(openingRow(plan, '2026-08-01')).toBe(1);
	});

	it('opens a finished plan at its last task and an empty one at the top', () => {
		expect(openingRow(plan, '2027-03-01')).toBe(4);
		expect(openingRow([], '2026-12-02')).toBe(0);
	});

	it('scrolls the time axis to today for current work and to the start of work ahead or behind', () => {
		expect(openingDate(plan[3], '2026-12-02')).toBe('2026-12-02');
		expect(openingDate(plan[4], '2026-12-02')).toBe('2026-12-07');
		expect(openingDate(plan[4], '2027-03-01')).toBe('2026-12-07');
		expect(openingDate(undefined, '2026-12-02')).toBe('2026-12-02');
	});

	it('sends a slice starting above the opening row by the rows of context and the margin', () => {
		expect(sliceStart(40, 8)).toBe(29);
		expect(sliceStart(2, 8)).toBe(0);
	});

	it("tells today's date in the project's time zone", () => {
		const now = new Date('2026-12-01T17:30:00Z');
		expect(todayIn('Asia/Shanghai', now)).toBe('2026-12-02');
		expect(todayIn('America/New_York', now)).toBe('2026-12-01');
	});
});

describe('the dates a drag will save', () => {
	// 2026-12-05/06 a weekend, 2026-12-07 a holiday for the test's sake.
	const off = new Set(['2026-12-05', '2026-12-06', '2026-12-07', '2026-12-12', '2026-12-13']);
	const task = { start: '2026-12-01', finish: '2026-12-03', durationDays: 3, isMilestone: false };
	const day = (iso: string, end = false) => new Date(`${iso}T${end ? '23:59:59' : '00:00:00'}`);

	it('keeps the working-day duration when moved whole, counting the finish over non-working days', () => {
		expect(plannedMove(task, day('2026-12-03'), day('2026-12-05', true), off)).toEqual({
			start: '2026-12-03',
			finish: '2026-12-08',
			durationDays: 3,
			resized: false
		});
	});

	it('starts on the next working day when dropped on a non-working one', () => {
		expect(plannedMove(task, day('2026-12-05'), day('2026-12-07', true), off)).toMatchObject({
			start: '2026-12-08',
			finish: '2026-12-10'
		});
	});

	it('takes the working days it spans when resized', () => {
		expect(plannedMove(task, day('2026-12-01'), day('2026-12-08', true), off)).toEqual({
			start: '2026-12-01',
			finish: '2026-12-08',
			durationDays: 5,
			resized: true
		});
	});

	it('keeps a milestone on one day', () => {
		const milestone = { ...task, finish: '2026-12-01', durationDays: 0, isMilestone: true };
		expect(plannedMove(milestone, day('2026-12-04'), day('2026-12-04', true), off)).toMatchObject({
			start: '2026-12-04',
			finish: '2026-12-04'
		});
	});
});
