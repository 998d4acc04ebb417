import { describe, expect, it } from 'vitest';
import { escapeHtml, fillPopup, toGanttTask, visibleTasks } from '../../src/lib/gantt/view';
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
	finish: '2026-03-03',
	durationDays: 2,
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

describe('Gantt rows', () => {
	const tasks = [
		task('s', { hasChildren: true }),
		task('a', { parentId: 's', ownerSide: 'client', assigneeIds: ['m1'] }),
		task('b', { parentId: 's', ownerSide: 'vendor' }),
		task('c', { phaseId: 'p2' })
	];
	const none = { phaseId: '', side: '', assigneeId: '', criticalOnly: false, collapsed: new Set<string>() };

	it('filters by phase, side, assignee and criticality, and hides the subtasks of collapsed summaries', () => {
		expect(visibleTasks(tasks, new Set(), none).map((t) => t.id)).toEqual(['s', 'a', 'b', 'c']);
		expect(visibleTasks(tasks, new Set(), { ...none, phaseId: 'p2' }).map((t) => t.id)).toEqual(['c']);
		expect(visibleTasks(tasks, new Set(), { ...none, side: 'vendor' }).map((t) => t.id)).toEqual(['b']);
		expect(visibleTasks(tasks, new Set(), { ...none, assigneeId: 'm1' }).map((t) => t.id)).toEqual(['a']);
		expect(
			visibleTasks(tasks, new Set(['b', 'c']), { ...none, criticalOnly: true }).map((t) => t.id)
		).toEqual(['b', 'c']);
		expect(visibleTasks(tasks, new Set(), { ...none, collapsed: new Set(['s']) }).map((t) => t.id)).toEqual([
			's',
			'c'
		]);
	});

	it('escapes names that frappe-gantt would otherwise insert as HTML', () => {
		expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
		const g = toGanttTask(task('x', { isMilestone: true }), '<b>1.1</b> "名"', ['a', 'b'], true);
		expect(g).toMatchObject({
			name: '&lt;b&gt;1.1&lt;/b&gt; &quot;名&quot;',
			dependencies: 'a,b',
			custom_class: 'bar-milestone-critical'
		});
	});

	it("fills the popup with text, never through the library's innerHTML setters", () => {
		const el = () => ({ textContent: 'stale', innerHTML: '' }) as unknown as HTMLElement;
		const [title, subtitle, details] = [el(), el(), el()];
		const html = () => {
			throw new Error('innerHTML setter used');
		};
		const ctx = {
			task: { id: 'x' },
			get_title: () => title,
			get_subtitle: () => subtitle,
			get_details: () => details,
			set_title: html,
			set_subtitle: html,
			set_details: html
		};
		fillPopup(ctx, { title: '<img src=x onerror=alert(1)>', details: '"><svg onload=alert(1)>' });
		expect([title.textContent, subtitle.textContent, details.textContent]).toEqual([
			'<img src=x onerror=alert(1)>',
			'',
			'"><svg onload=alert(1)>'
		]);
		expect([title.innerHTML, details.innerHTML]).toEqual(['', '']);
	});
});
