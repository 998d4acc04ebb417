import { afterEach, describe, expect, it, vi } from 'vitest';
import { packRow, type PlanSlice } from '../../src/lib/gantt/plan-slice';
import { GanttPlan } from '../../src/lib/gantt/plan-state.svelte';
import type { TaskView } from '../../src/lib/phases/task-model';

const task = (id: string, extra: Partial<TaskView> = {}): TaskView => ({
	id,
	phaseId: 'p1',
	parentId: null,
	wbs: id,
	depth: 0,
	name: id,
	nameEn: null,
	description: '',
	ownerSide: 'joint',
	start: '2026-03-02',
	finish: '2026-03-04',
	durationDays: 3,
	isMilestone: false,
	progress: 0,
	status: 'notStarted',
	actualStart: null,
	actualFinish: null,
	assigneeIds: [],
	hasChildren: false,
	templateKey: null,
	version: 1,
	...extra
});
const messages = {
	saving: '保存中',
	moved: (n: number) => `移动 ${n}`,
	progressSaved: (p: number) => `进度 ${p}`,
	loadFailed: '载入失败'
};
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });
const context = {
	api: '/api',
	source: '/gantt/plan',
	offDays: new Set(['2026-03-07', '2026-03-08']),
	locale: 'zh-CN' as const,
	messages
};
const slice = (tasks: TaskView[], critical: string[] = [], extra: Partial<PlanSlice> = {}): PlanSlice => ({
	rows: tasks.map(packRow),
	critical,
	links: [],
	baseline: {},
	...extra
});
const three = () => [
	task('s', { hasChildren: true }),
	task('a', { parentId: 's' }),
	task('b', { parentId: 's', start: '2026-03-05', finish: '2026-03-05', durationDays: 1 })
];
const opening = (tasks: TaskView[], taskCount = tasks.length, critical: string[] = []) => ({
	slice: slice(tasks, critical),
	taskCount,
	span: { start: '2026-03-02', finish: '2026-04-30' },
	projectStart: '2026-03-02',
	baselineId: '',
	offset: 0,
	openingRow: 0,
	today: '2026-03-02'
});
const plan = () => new GanttPlan(opening(three(), 3, ['a']), context);

describe('GanttPlan', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('folds and unfolds summaries and filters critical rows', () => {
		const p = plan();
		expect(p.rows.map((t) => t.id)).toEqual(['s', 'a', 'b']);
		p.toggle('s');
		expect(p.rows.map((t) => t.id)).toEqual(['s']);
		p.expandAll();
		p.criticalOnly = true;
		expect(p.rows.map((t) => t.id)).toEqual(['a']);
		p.criticalOnly = false;
		p.collapseAll();
		expect(p.rows.map((t) => t.id)).toEqual(['s']);
	});

	it('keeps the duration of a bar moved whole, sends a new one for a resized bar, and merges the answer', async () => {
		const bodies: Record<string, unknown>[] = [];
		vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
			const body = JSON.parse(String(init.body));
			bodies.push(body);
			return json(200, {
				tasks: [
					task('a', { start: body.start, version: body.version + 1 }),
					task('b', { start: '2026-03-12', version: 2 })
				]
			});
		});
		const p = plan();
		await p.move('a', new Date(2026, 2, 9), new Date(2026, 2, 11, 23, 59, 59));
		expect(bodies[0]).toEqual({ start: '2026-03-09', version: 1 });
		expect(p.tasks.find((t) => t.id === 'b')!.start).toBe('2026-03-12');
		expect(p.status).toEqual({ kind: 'ok', text: '移动 1' });

		// Resized across a weekend: Friday to Tuesday is three working days.
		await p.move('a', new Date(2026, 2, 6), new Date(2026, 2, 10, 23, 59, 59));
		expect(bodies[1]).toEqual({ start: '2026-03-06', durationDays: 3, version: 2 });
	});

	it('puts the bars back and shows the reason when the server refuses, and skips an unchanged progress', async () => {
		const fetcher = vi.fn(async () =>
			json(409, { error: { message: '受前置任务约束，该任务最早只能于 2026-03-05 开始' } })
		);
		vi.stubGlobal('fetch', fetcher);
		const p = plan();
		const before = p.tasks;
		await p.move('b', new Date(2026, 2, 2), new Date(2026, 2, 2, 23, 59, 59));
		expect(p.tasks).not.toBe(before);
		expect(p.tasks).toEqual(before);
		expect(p.status).toEqual({ kind: 'error', text: '受前置任务约束，该任务最早只能于 2026-03-05 开始' });
		await p.progress('a', 0);
		expect(fetcher).toHaveBeenCalledTimes(1);
	});

	it('opens with the first screen sized as the whole plan, and takes the whole plan when it arrives', async () => {
		const urls: string[] = [];
		const whole = [...three(), task('c', { finish: '2026-06-30' })];
		vi.stubGlobal('fetch', async (url: string) => {
			urls.push(url);
			return json(
				200,
				slice(whole, ['c'], { links: [['a', 'b']], baseline: { c: ['2026-03-02', '2026-06-01'] } })
			);
		});
		const p = new GanttPlan(opening(three(), 4), context);
		expect(p.complete).toBe(false);
		expect(p.rowCount).toBe(4);
		expect(p.span).toEqual({ start: '2026-03-02', finish: '2026-04-30' });
		await p.load();
		expect(urls).toEqual(['/gantt/plan?baseline=']);
		expect(p.complete).toBe(true);
		expect(p.rows.map((t) => t.id)).toEqual(['s', 'a', 'b', 'c']);
		expect([...p.critical]).toEqual(['c']);
		expect(p.links).toEqual([['a', 'b']]);
		expect(p.baseline).toEqual({ c: ['2026-03-02', '2026-06-01'] });
		expect(p.rowCount).toBe(4);
		expect(p.span).toEqual({ start: '2026-03-02', finish: '2026-06-30' });
	});

	it('keeps a save made while the plan loads, and takes only the last of overlapping loads', async () => {
		let answer: (r: Response) => void = () => {};
		const whole = [...three(), task('c')];
		vi.stubGlobal('fetch', async (url: string) => {
			if (url.endsWith('/reschedule'))
				return json(200, {
					tasks: [
						task('a', { start: '2026-03-09', version: 2 }),
						task('c', { start: '2026-03-10', version: 5 })
					]
				});
			if (url.endsWith('=b2'))
				return json(200, slice(whole, [], { baseline: { a: ['2026-03-02', '2026-03-04'] } }));
			return new Promise<Response>((resolve) => (answer = resolve));
		});
		const p = new GanttPlan(opening(three(), 4), context);
		const first = p.load();
		await p.move('a', new Date(2026, 2, 9), new Date(2026, 2, 11, 23, 59, 59));
		await p.showBaseline('b2');
		expect(p.baselineId).toBe('b2');
		expect(p.baseline).toEqual({ a: ['2026-03-02', '2026-03-04'] });
		// The saved copies (versions 2 and 5) win over the ones the plan was read with (version 1).
		expect(p.tasks.find((t) => t.id === 'a')!.start).toBe('2026-03-09');
		expect(p.tasks.find((t) => t.id === 'c')!.start).toBe('2026-03-10');
		answer(json(200, slice(three())));
		await first;
		expect(p.tasks.map((t) => t.id)).toEqual(['s', 'a', 'b', 'c']);
		expect(p.loading).toBe(false);
	});

	it('says when the whole plan could not be loaded, and a retry that works clears it', async () => {
		const fetcher = vi.fn(async () => json(500, {}));
		vi.stubGlobal('fetch', fetcher);
		const p = new GanttPlan(opening(three(), 4), context);
		await p.load();
		expect(p.complete).toBe(false);
		expect(p.loadFailed).toBe(true);
		expect(p.status).toEqual({ kind: 'error', text: '载入失败' });
		fetcher.mockImplementation(async () => json(200, slice([...three(), task('c')])));
		await p.load();
		expect(p.complete).toBe(true);
		expect(p.loadFailed).toBe(false);
		expect(p.status).toBeNull();
	});
});

describe('a first screen taken further down the plan', () => {
	it('places its rows at their offset and makes room for the whole plan until it is in', () => {
		const p = new GanttPlan({ ...opening(three(), 50), offset: 30, openingRow: 33 }, context);
		expect(p.rowOffset).toBe(30);
		expect(p.rowCount).toBe(50);
		expect(p.complete).toBe(false);
	});
});
