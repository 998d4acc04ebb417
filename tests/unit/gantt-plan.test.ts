import { afterEach, describe, expect, it, vi } from 'vitest';
import { GanttPlan } from '../../src/lib/gantt/plan-state.svelte';
import type { TaskView } from '../../src/lib/phases/task-model';

const task = (id: string, extra: Partial<TaskView> = {}): TaskView => ({
	id, phaseId: 'p1', parentId: null, wbs: id, depth: 0, name: id, nameEn: null, description: '', ownerSide: 'joint', start: '2026-03-02', finish: '2026-03-04',
	durationDays: 3, isMilestone: false, progress: 0, status: 'notStarted', actualStart: null, actualFinish: null, assigneeIds: [], hasChildren: false, templateKey: null, version: 1, ...extra
});
const messages = { saving: '保存中', moved: (n: number) => `移动 ${n}`, progressSaved: (p: number) => `进度 ${p}` };
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });
const plan = () =>
	new GanttPlan([task('s', { hasChildren: true }), task('a', { parentId: 's' }), task('b', { parentId: 's', start: '2026-03-05', finish: '2026-03-05', durationDays: 1 })], new Set(['a']), new Set(['2026-03-07', '2026-03-08']), '/api', 'zh-CN', messages);

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
			return json(200, { tasks: [task('a', { start: body.start, version: body.version + 1 }), task('b', { start: '2026-03-12', version: 2 })] });
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
		const fetcher = vi.fn(async () => json(409, { error: { message: '受前置任务约束，该任务最早只能于 2026-03-05 开始' } }));
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
});
