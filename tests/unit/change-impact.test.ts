import { describe, expect, it } from 'vitest';
import { changeImpact, workingDelta } from '../../src/lib/register/change-impact';
import { applyPlanEdits, type PlanSnapshot, type PlanTask } from '../../src/lib/register/plan-edits';
import { chinaCalendar, toDay, WorkCalendar } from '../../src/lib/scheduling/calendar';

const cn = chinaCalendar();

const task = (id: string, durationDays: number, extra: Partial<PlanTask> = {}): PlanTask => ({
	id,
	phaseId: 'p1',
	parentId: null,
	name: `任务${id}`,
	durationDays,
	isMilestone: false,
	constraint: null,
	start: '2026-09-21',
	finish: '2026-09-21',
	status: 'notStarted',
	progress: 0,
	...extra
});

/**
 * Mid-autumn 2026 on the China calendar: 09-25 … 09-27 and 10-01 … 10-07 are holidays, Saturday 10-10 is a
 * make-up working day (调休). A (3 d) → B (2 d) → C (2 d) under summary S; D (1 d) runs alongside.
 */
function plan(): PlanSnapshot {
	return {
		projectStart: '2026-09-21',
		tasks: [
			task('S', 7),
			task('A', 3, { parentId: 'S', finish: '2026-09-23' }),
			task('B', 2, { parentId: 'S', start: '2026-09-24', finish: '2026-09-28' }),
			task('C', 2, { start: '2026-09-29', finish: '2026-09-30' }),
			task('D', 1)
		],
		links: [
			{ predecessorId: 'A', successorId: 'B', type: 'FS', lagDays: 0 },
			{ predecessorId: 'B', successorId: 'C', type: 'FS', lagDays: 0 }
		]
	};
}

describe('change impact', () => {
	it('shifts a task by working days across holidays and a 调休 Saturday, and moves its successors', () => {
		const impact = changeImpact(plan(), [{ kind: 'shift', taskId: 'B', days: 3 }], cn);
		expect(impact.oldFinish).toBe('2026-09-30');
		// B: 09-30, then the National Day week, 10-08; C: 10-09 and Saturday 10-10 (a working day).
		expect(impact.newFinish).toBe('2026-10-10');
		expect(impact.finishDelta).toBe(3);
		const byId = Object.fromEntries(impact.moved.map((m) => [m.taskId, m]));
		expect(byId.B).toMatchObject({ oldStart: '2026-09-24', newStart: '2026-09-30', newFinish: '2026-10-08' });
		expect(byId.B.startDelta).toBe(3);
		expect(byId.C).toMatchObject({ newStart: '2026-10-09', newFinish: '2026-10-10', isSummary: false });
		expect(byId.S).toMatchObject({ isSummary: true, newFinish: '2026-10-08' });
		expect(byId.A).toBeUndefined();
		expect(byId.D).toBeUndefined();
		expect(impact.criticalPath.map((c) => c.taskId)).toEqual(['B', 'C']);
		expect(impact.leftCritical.map((c) => c.taskId)).toEqual(['A']);
		expect(impact.joinedCritical).toEqual([]);
	});

	it('without the 调休 Saturday the same shift finishes a working day later', () => {
		const weekdays = new WorkCalendar({
			workingWeekdays: [1, 2, 3, 4, 5],
			holidayYears: {
				2026: {
					holidays: [
						['2026-10-01', '2026-10-07', '国庆节'],
						['2026-09-25', '2026-09-27', '中秋节']
					],
					workdays: []
				}
			}
		});
		expect(changeImpact(plan(), [{ kind: 'shift', taskId: 'B', days: 3 }], weekdays).newFinish).toBe(
			'2026-10-12'
		);
	});

	it('adds a task after its predecessor and puts it on the critical path', () => {
		const impact = changeImpact(
			plan(),
			[
				{
					kind: 'add',
					phaseId: 'p1',
					parentId: null,
					name: 'CTI 弹屏集成',
					ownerSide: 'vendor',
					durationDays: 2,
					predecessorId: 'C',
					start: null
				}
			],
			cn
		);
		expect(impact.added).toEqual([
			{ editIndex: 0, name: 'CTI 弹屏集成', start: '2026-10-08', finish: '2026-10-09', isCritical: true }
		]);
		expect(impact.newFinish).toBe('2026-10-09');
		expect(impact.moved).toEqual([]);
		expect(impact.joinedCritical).toEqual([{ taskId: 'added:0', name: 'CTI 弹屏集成' }]);
	});

	it('changes a duration and moves a task to a fixed start', () => {
		const longer = changeImpact(plan(), [{ kind: 'duration', taskId: 'A', durationDays: 5 }], cn);
		expect(longer.newFinish).toBe('2026-10-09');
		const moved = changeImpact(plan(), [{ kind: 'move', taskId: 'C', start: '2026-10-12' }], cn);
		expect(moved.newFinish).toBe('2026-10-13');
		expect(moved.moved.find((m) => m.taskId === 'C')?.startDelta).toBe(5);
	});

	it('removes a task with its links, and refuses what the plan cannot take at the edit', () => {
		const impact = changeImpact(plan(), [{ kind: 'remove', taskId: 'B' }], cn);
		expect(impact.removed).toEqual([{ taskId: 'B', name: '任务B' }]);
		// C loses its predecessor and starts with the project.
		expect(impact.moved.find((m) => m.taskId === 'C')?.newStart).toBe('2026-09-21');

		const started = plan();
		started.tasks.find((t) => t.id === 'D')!.status = 'inProgress';
		const refused = applyPlanEdits(
			started,
			[
				{ kind: 'remove', taskId: 'D' },
				{ kind: 'duration', taskId: 'S', durationDays: 9 },
				{ kind: 'remove', taskId: 'C' },
				{ kind: 'shift', taskId: 'C', days: 1 }
			],
			cn
		);
		expect(refused.problems).toEqual([
			{ index: 0, field: 'taskId', key: 'change.error.taskStarted' },
			{ index: 1, field: 'taskId', key: 'change.error.summaryTask' },
			{ index: 3, field: 'taskId', key: 'change.error.taskRemoved' }
		]);
	});

	it('never touches the plan it was given, and an empty change moves nothing', () => {
		const p = plan();
		const before = JSON.stringify(p);
		changeImpact(p, [{ kind: 'move', taskId: 'A', start: '2026-10-08' }], cn);
		expect(JSON.stringify(p)).toBe(before);
		const none = changeImpact(p, [], cn);
		expect(none).toMatchObject({ moved: [], added: [], finishDelta: 0, newFinish: '2026-09-30' });
	});

	it('counts working days both ways', () => {
		expect(workingDelta(cn, toDay('2026-09-30'), toDay('2026-10-08'))).toBe(1);
		expect(workingDelta(cn, toDay('2026-10-08'), toDay('2026-09-30'))).toBe(-1);
		expect(workingDelta(cn, toDay('2026-10-09'), toDay('2026-10-10'))).toBe(1);
	});
});

describe('plan edits schema', () => {
	it('bounds a change to 200 edits and refuses an unknown kind or a zero shift at the edit', async () => {
		const { planEditsSchema } = await import('../../src/lib/schemas/change');
		const { validate } = await import('../../src/lib/schemas/validate');
		const edit = { kind: 'remove', taskId: 't1' };
		expect(planEditsSchema.safeParse({ version: 1, planEdits: Array(200).fill(edit) }).success).toBe(true);
		const tooMany = validate(planEditsSchema, { version: 1, planEdits: Array(201).fill(edit) }, 'zh-CN');
		expect(tooMany.ok ? null : tooMany.fields.planEdits).toBe('一个变更最多包含 200 条计划调整');
		const bad = validate(
			planEditsSchema,
			{
				version: 1,
				planEdits: [edit, { kind: 'shift', taskId: 't1', days: 0 }, { kind: 'rename', taskId: 't1' }]
			},
			'zh-CN'
		);
		expect(bad.ok ? null : Object.keys(bad.fields).sort()).toEqual(['planEdits.1.days', 'planEdits.2.kind']);
	});
});
