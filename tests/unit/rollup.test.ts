import { describe, expect, it } from 'vitest';
import {
	computedFields,
	isGateTask,
	rollUpTasks,
	summaryStatus,
	type RollUpTask
} from '../../src/lib/phases/rollup';

const task = (id: string, extra: Partial<RollUpTask> = {}): RollUpTask => ({
	id,
	parentId: null,
	phaseId: 'p1',
	start: '2026-03-02',
	finish: '2026-03-06',
	durationDays: 5,
	progress: 0,
	status: 'notStarted',
	templateKey: null,
	...extra
});

const none = new Set<string>();

describe('summary roll-up', () => {
	it('shows a summary done at 100 % when every child is done, whatever it stored', () => {
		const out = rollUpTasks(
			[
				task('s', { progress: 0, status: 'notStarted' }),
				task('a', { parentId: 's', progress: 100, status: 'done' }),
				task('b', { parentId: 's', progress: 100, status: 'done' })
			],
			none
		);
		expect(out.get('s')).toMatchObject({ progress: 100, status: 'done' });
	});

	it('spans its children: earliest start, latest finish', () => {
		const out = rollUpTasks(
			[
				task('s', { start: '2026-01-01', finish: '2026-01-01' }),
				task('a', { parentId: 's', start: '2026-03-09', finish: '2026-03-13' }),
				task('b', { parentId: 's', start: '2026-03-02', finish: '2026-03-04' })
			],
			none
		);
		expect(out.get('s')).toMatchObject({ start: '2026-03-02', finish: '2026-03-13' });
	});

	it('weights progress by working days of the leaves, through nested summaries', () => {
		// s ─ a (8 days, 100 %) and t ─ b (2 days, 0 %), c (10 days, 50 %): (800 + 0 + 500) / 20 = 65 %.
		const out = rollUpTasks(
			[
				task('s'),
				task('a', { parentId: 's', durationDays: 8, progress: 100, status: 'done' }),
				task('t', { parentId: 's', progress: 0 }),
				task('b', { parentId: 't', durationDays: 2, progress: 0 }),
				task('c', { parentId: 't', durationDays: 10, progress: 50, status: 'inProgress' })
			],
			none
		);
		// Weighted, not the mean of children (that would read (100 + 42) / 2 = 71).
		expect(out.get('t')).toMatchObject({ progress: 42, status: 'inProgress' });
		expect(out.get('s')).toMatchObject({ progress: 65, status: 'inProgress' });
	});

	it('gives zero-duration milestones no weight, unless a summary holds only milestones', () => {
		const mixed = rollUpTasks(
			[
				task('s'),
				task('a', { parentId: 's', durationDays: 4, progress: 50, status: 'inProgress' }),
				task('m', { parentId: 's', durationDays: 0, progress: 100, status: 'done' })
			],
			none
		);
		expect(mixed.get('s')?.progress).toBe(50);
		const onlyMilestones = rollUpTasks(
			[
				task('s'),
				task('m1', { parentId: 's', durationDays: 0, status: 'done' }),
				task('m2', { parentId: 's', durationDays: 0 })
			],
			none
		);
		expect(onlyMilestones.get('s')).toMatchObject({ progress: 50, status: 'inProgress' });
	});

	it('reads 100 % only when done and never 0 % once work has progress', () => {
		const out = rollUpTasks(
			[
				task('s'),
				task('a', { parentId: 's', durationDays: 999, status: 'done' }),
				task('b', { parentId: 's', durationDays: 1, progress: 0, status: 'awaitingAcceptance' })
			],
			none
		);
		expect(out.get('s')).toMatchObject({ progress: 99, status: 'awaitingAcceptance' });
		const tiny = rollUpTasks(
			[
				task('s'),
				task('a', { parentId: 's', durationDays: 999 }),
				task('b', { parentId: 's', durationDays: 1, progress: 10, status: 'inProgress' })
			],
			none
		);
		expect(tiny.get('s')?.progress).toBe(1);
	});

	it('leaves leaves as stored and answers every task, even with a loop or a missing parent', () => {
		const out = rollUpTasks(
			[
				task('x', { parentId: 'y', progress: 30, status: 'inProgress' }),
				task('y', { parentId: 'x', progress: 60, status: 'inProgress' }),
				task('o', { parentId: 'gone', progress: 20, status: 'blocked' })
			],
			none
		);
		expect(out.size).toBe(3);
		expect(out.get('o')).toMatchObject({ progress: 20, status: 'blocked' });
	});
});

describe('summary status', () => {
	it.each([
		[['done', 'done'], 'done'],
		[['done', 'blocked', 'inProgress'], 'blocked'],
		[['done', 'awaitingAcceptance'], 'awaitingAcceptance'],
		[['done', 'notStarted'], 'inProgress'],
		[['awaitingAcceptance', 'notStarted'], 'inProgress'],
		[['notStarted', 'notStarted'], 'notStarted']
	] as const)('%j → %s', (children, expected) => {
		expect(summaryStatus(children)).toBe(expected);
	});
});

describe('gate review milestones', () => {
	const gate = (extra: Partial<RollUpTask> = {}) =>
		task('g', { templateKey: 'readiness.gate', durationDays: 0, ...extra });

	it('are the template gate reviews and the closing acceptance, not every milestone', () => {
		expect(isGateTask({ templateKey: 'testing.gate' })).toBe(true);
		expect(isGateTask({ templateKey: 'monitoring.acceptance' })).toBe(true);
		expect(isGateTask({ templateKey: 'kickoff.meeting' })).toBe(false);
		expect(isGateTask({ templateKey: null })).toBe(false);
	});

	it('cannot read done while the gate is open, and read done once it passed', () => {
		expect(rollUpTasks([gate({ status: 'done', progress: 100 })], none).get('g')).toMatchObject({
			status: 'inProgress',
			progress: 0
		});
		expect(rollUpTasks([gate()], new Set(['p1'])).get('g')).toMatchObject({
			status: 'done',
			progress: 100
		});
		expect(rollUpTasks([gate({ phaseId: 'p2' })], new Set(['p1'])).get('g')?.status).toBe('notStarted');
	});

	it('hold their summary open until the gate passes', () => {
		const plan = [
			task('s'),
			task('a', { parentId: 's', status: 'done' }),
			gate({ parentId: 's', status: 'done' })
		];
		expect(rollUpTasks(plan, none).get('s')?.status).toBe('inProgress');
		expect(rollUpTasks(plan, new Set(['p1'])).get('s')?.status).toBe('done');
	});
});

describe('what a task form may not set', () => {
	it('locks a summary’s progress and status, a gate milestone’s 已完成 while open and its status once passed', () => {
		expect(computedFields({ hasChildren: true, templateKey: null }, false)).toMatchObject({
			progress: true,
			status: true,
			note: 'rollup.summaryNote'
		});
		const gate = { hasChildren: false, templateKey: 'testing.gate' };
		expect(computedFields(gate, false)).toEqual({
			progress: false,
			status: false,
			done: true,
			note: 'rollup.gateNote'
		});
		expect(computedFields(gate, true)).toMatchObject({ status: true, note: 'rollup.gateNotePassed' });
		expect(computedFields({ hasChildren: false, templateKey: 'kickoff.meeting' }, false)).toEqual({
			progress: false,
			status: false,
			done: false,
			note: null
		});
	});
});
