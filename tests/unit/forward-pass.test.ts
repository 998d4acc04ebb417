import { describe, expect, it } from 'vitest';
import { chinaCalendar, fromDay, toDay } from '../../src/lib/scheduling/calendar';
import { CycleError, forwardPass, type PlanLink, type PlanTask } from '../../src/lib/scheduling/forward-pass';

const cal = chinaCalendar();
const task = (id: string, durationDays: number, parentId: string | null = null, isMilestone = false): PlanTask => ({ id, parentId, durationDays, isMilestone });
const fs = (p: string, s: string, lagDays = 0): PlanLink => ({ predecessorId: p, successorId: s, type: 'FS', lagDays });
const iso = (m: Map<string, { start: number; finish: number }>, id: string) => [fromDay(m.get(id)!.start), fromDay(m.get(id)!.finish)];

describe('forward pass', () => {
	it('chains finish-to-start links in working days across the Spring Festival', () => {
		const dates = forwardPass([task('a', 2), task('b', 3)], [fs('a', 'b')], toDay('2026-02-12'), cal);
		expect(iso(dates, 'a')).toEqual(['2026-02-12', '2026-02-13']);
		expect(iso(dates, 'b')).toEqual(['2026-02-14', '2026-02-25']);
	});

	it('places a milestone at its predecessor finish and honours lag', () => {
		const dates = forwardPass([task('a', 1), task('m', 0, null, true), task('c', 1)], [fs('a', 'm'), fs('a', 'c', 2)], toDay('2026-03-02'), cal);
		expect(iso(dates, 'm')).toEqual(['2026-03-02', '2026-03-02']);
		expect(iso(dates, 'c')).toEqual(['2026-03-05', '2026-03-05']);
	});

	it('supports start-to-start and finish-to-finish links', () => {
		const links: PlanLink[] = [
			{ predecessorId: 'a', successorId: 'b', type: 'SS', lagDays: 1 },
			{ predecessorId: 'a', successorId: 'c', type: 'FF', lagDays: 0 }
		];
		const dates = forwardPass([task('a', 5), task('b', 2), task('c', 2)], links, toDay('2026-03-02'), cal);
		expect(iso(dates, 'b')).toEqual(['2026-03-03', '2026-03-04']);
		expect(iso(dates, 'c')).toEqual(['2026-03-05', '2026-03-06']);
	});

	it('rolls summaries up and fans links on a summary out to its leaves', () => {
		const tasks = [task('s', 0), task('s1', 2, 's'), task('s2', 4, 's'), task('after', 1)];
		const dates = forwardPass(tasks, [fs('s', 'after')], toDay('2026-03-02'), cal);
		expect(iso(dates, 's')).toEqual(['2026-03-02', '2026-03-05']);
		expect(iso(dates, 'after')).toEqual(['2026-03-06', '2026-03-06']);
	});

	it('refuses a cycle and names the tasks in it', () => {
		expect(() => forwardPass([task('a', 1), task('b', 1), task('c', 1)], [fs('a', 'b'), fs('b', 'a')], toDay('2026-03-02'), cal)).toThrowError(CycleError);
		try {
			forwardPass([task('a', 1), task('b', 1)], [fs('a', 'b'), fs('b', 'a')], toDay('2026-03-02'), cal);
		} catch (e) {
			expect((e as CycleError).taskIds.sort()).toEqual(['a', 'b']);
		}
	});
});
