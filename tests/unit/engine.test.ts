import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaCalendar, fromDay, toDay, WorkCalendar } from '../../src/lib/scheduling/calendar';
import {
	CycleError,
	schedule,
	type LinkType,
	type ScheduleLink,
	type ScheduleTask
} from '../../src/lib/scheduling/engine';
import { WorkIndex } from '../../src/lib/scheduling/work-index';

const cal = chinaCalendar();
const plain = new WorkCalendar({ workingWeekdays: [1, 2, 3, 4, 5], holidayYears: {} });
const task = (id: string, durationDays: number, extra: Partial<ScheduleTask> = {}): ScheduleTask => ({
	id,
	parentId: null,
	durationDays,
	isMilestone: false,
	...extra
});
const link = (p: string, s: string, type: LinkType = 'FS', lagDays = 0): ScheduleLink => ({
	predecessorId: p,
	successorId: s,
	type,
	lagDays
});
const d = toDay;

describe('CPM engine', () => {
	it('a 5-working-day task from 2026-02-12 ends 2026-02-25 (02-14 is a make-up workday, 02-15..23 are holidays)', () => {
		const s = schedule([task('a', 5)], [], d('2026-02-12'), cal).tasks.get('a')!;
		expect([fromDay(s.earlyStart), fromDay(s.earlyFinish)]).toEqual(['2026-02-12', '2026-02-25']);
	});

	it('computes late dates, total and free slack and the critical path', () => {
		// a(3) → b(2) → d(1); a → c(1) → d: c has 1 day of slack.
		const r = schedule(
			[task('a', 3), task('b', 2), task('c', 1), task('d', 1)],
			[link('a', 'b'), link('b', 'd'), link('a', 'c'), link('c', 'd')],
			d('2026-03-02'),
			plain
		);
		expect(r.criticalPath).toEqual(['a', 'b', 'd']);
		expect(r.tasks.get('c')).toMatchObject({ totalSlack: 1, freeSlack: 1, isCritical: false });
		expect(fromDay(r.tasks.get('c')!.lateStart)).toBe('2026-03-06');
		expect(fromDay(r.projectFinish)).toBe('2026-03-09');
	});

	it('honours SS, FF and SF links with leads and lags', () => {
		const r = schedule(
			[task('a', 5), task('b', 2), task('c', 2), task('e', 1)],
			[link('a', 'b', 'SS', 1), link('a', 'c', 'FF', -1), link('a', 'e', 'SF', 2)],
			d('2026-03-02'),
			plain
		);
		const iso = (id: string) => [fromDay(r.tasks.get(id)!.earlyStart), fromDay(r.tasks.get(id)!.earlyFinish)];
		expect(iso('b')).toEqual(['2026-03-03', '2026-03-04']);
		expect(iso('c')).toEqual(['2026-03-04', '2026-03-05']);
		expect(iso('e')).toEqual(['2026-03-04', '2026-03-04']);
	});

	it('applies constraints: start no earlier than, must start on, finish no later than', () => {
		const r = schedule(
			[
				task('a', 2),
				task('b', 1, { constraint: { type: 'SNET', day: d('2026-03-10') } }),
				task('c', 3, { constraint: { type: 'FNLT', day: d('2026-03-03') } }),
				task('m', 1, { constraint: { type: 'MSO', day: d('2026-03-02') } })
			],
			[link('a', 'b'), link('a', 'm')],
			d('2026-03-02'),
			plain
		);
		expect(fromDay(r.tasks.get('b')!.earlyStart)).toBe('2026-03-10');
		expect(r.tasks.get('c')!.constraintViolated).toBe(true);
		expect(r.tasks.get('m')!.constraintViolated).toBe(true);
		expect(r.tasks.get('a')!.constraintViolated).toBe(false);
	});

	it('rolls summaries up from their children and fans summary links out to leaves', () => {
		const tasks = [
			task('p', 0),
			task('p1', 2, { parentId: 'p' }),
			task('p2', 3, { parentId: 'p' }),
			task('q', 1)
		];
		const r = schedule(tasks, [link('p', 'q')], d('2026-03-02'), plain);
		expect(fromDay(r.tasks.get('p')!.earlyFinish)).toBe('2026-03-04');
		expect(fromDay(r.tasks.get('q')!.earlyStart)).toBe('2026-03-05');
		expect(r.tasks.get('p')!.isCritical).toBe(true);
	});

	it('gives milestones zero duration at their predecessor’s finish', () => {
		const r = schedule(
			[task('a', 2), task('m', 0, { isMilestone: true }), task('b', 1)],
			[link('a', 'm'), link('m', 'b')],
			d('2026-03-02'),
			plain
		);
		expect(fromDay(r.tasks.get('m')!.earlyStart)).toBe('2026-03-03');
		expect(fromDay(r.tasks.get('m')!.earlyFinish)).toBe('2026-03-03');
		expect(fromDay(r.tasks.get('b')!.earlyStart)).toBe('2026-03-04');
	});

	it('names exactly the tasks of a cycle', () => {
		const run = () =>
			schedule(
				[task('x', 1), task('a', 1), task('b', 1), task('c', 1)],
				[link('x', 'a'), link('a', 'b'), link('b', 'c'), link('c', 'a')],
				d('2026-03-02'),
				plain
			);
		expect(run).toThrow(CycleError);
		try {
			run();
		} catch (e) {
			expect(new Set((e as CycleError).taskIds)).toEqual(new Set(['a', 'b', 'c']));
		}
	});
});

describe('working-day index', () => {
	it('maps days to consecutive ordinals across holidays and grows in both directions', () => {
		const index = new WorkIndex(cal, d('2026-02-12'), 5);
		const o = index.ordinal(d('2026-02-13'));
		expect(fromDay(index.day(o + 1))).toBe('2026-02-14');
		expect(fromDay(index.day(o + 2))).toBe('2026-02-24');
		expect(index.ordinal(d('2026-02-15'))).toBe(index.ordinal(d('2026-02-24')));
		expect(fromDay(index.day(index.ordinal(d('2024-06-03')) + 1))).toBe('2024-06-04');
		expect(fromDay(index.day(index.ordinal(d('2030-06-03'))))).toBe('2030-06-03');
		expect(index.ordinal(d('2026-02-13'))).toBe(o);
	});
});

describe('CPM properties on random DAGs', () => {
	const dag = fc.integer({ min: 2, max: 25 }).chain((n) =>
		fc.record({
			durations: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: n, maxLength: n }),
			links: fc.uniqueArray(
				fc.record({
					a: fc.integer({ min: 0, max: n - 1 }),
					b: fc.integer({ min: 0, max: n - 1 }),
					type: fc.constantFrom<LinkType>('FS', 'SS', 'FF', 'SF'),
					lag: fc.integer({ min: -3, max: 5 })
				}),
				{ maxLength: 3 * n, selector: (l) => `${Math.min(l.a, l.b)}-${Math.max(l.a, l.b)}` }
			)
		})
	);

	it('every successor respects its link type and lag, and the critical path is a chain of zero-slack tasks', () => {
		fc.assert(
			fc.property(dag, ({ durations, links }) => {
				const tasks = durations.map((dd, i) => task(`t${i}`, dd, { isMilestone: dd === 0 }));
				// Orient every link from lower to higher index: a DAG by construction.
				const ls = links
					.filter((l) => l.a !== l.b)
					.map((l) => link(`t${Math.min(l.a, l.b)}`, `t${Math.max(l.a, l.b)}`, l.type, l.lag));
				const start = d('2026-01-05');
				const r = schedule(tasks, ls, start, cal);
				const index = new WorkIndex(cal, start);
				const o = (day: number) => index.ordinal(day);
				for (const l of ls) {
					const p = r.tasks.get(l.predecessorId)!;
					const s = r.tasks.get(l.successorId)!;
					const sMilestone = tasks.find((t) => t.id === l.successorId)!.isMilestone;
					if (l.type === 'FS')
						expect(o(s.earlyStart)).toBeGreaterThanOrEqual(
							o(p.earlyFinish) + (sMilestone ? 0 : 1) + l.lagDays
						);
					if (l.type === 'SS') expect(o(s.earlyStart)).toBeGreaterThanOrEqual(o(p.earlyStart) + l.lagDays);
					if (l.type === 'FF') expect(o(s.earlyFinish)).toBeGreaterThanOrEqual(o(p.earlyFinish) + l.lagDays);
					if (l.type === 'SF') expect(o(s.earlyFinish)).toBeGreaterThanOrEqual(o(p.earlyStart) + l.lagDays);
				}
				for (const [, t] of r.tasks) {
					expect(t.totalSlack).toBeGreaterThanOrEqual(0);
					expect(t.lateStart).toBeGreaterThanOrEqual(t.earlyStart);
				}
				// The critical tasks include one that finishes the project, and every critical task has zero slack.
				expect(r.criticalPath.length).toBeGreaterThan(0);
				expect(r.criticalPath.every((id) => r.tasks.get(id)!.totalSlack === 0)).toBe(true);
				expect(r.criticalPath.some((id) => r.tasks.get(id)!.earlyFinish === r.projectFinish)).toBe(true);
				// Chain: each critical task starts at the project start or is driven (tight link) by a critical predecessor.
				const tight = (l: ScheduleLink) => {
					const p = r.tasks.get(l.predecessorId)!;
					const s = r.tasks.get(l.successorId)!;
					const sMilestone = tasks.find((t) => t.id === l.successorId)!.isMilestone;
					return [
						o(s.earlyStart) === o(p.earlyFinish) + (sMilestone ? 0 : 1) + l.lagDays,
						o(s.earlyStart) === o(p.earlyStart) + l.lagDays,
						o(s.earlyFinish) === o(p.earlyFinish) + l.lagDays,
						o(s.earlyFinish) === o(p.earlyStart) + l.lagDays
					][['FS', 'SS', 'FF', 'SF'].indexOf(l.type)];
				};
				for (const id of r.criticalPath) {
					const atStart = o(r.tasks.get(id)!.earlyStart) === o(start);
					const driven = ls.some(
						(l) => l.successorId === id && r.tasks.get(l.predecessorId)!.isCritical && tight(l)
					);
					expect(atStart || driven, id).toBe(true);
				}
			}),
			{ numRuns: 200 }
		);
	});
});
