import { SvelteSet } from 'svelte/reactivity';
import type { TaskView } from '../phases/task-model';
import { daysFrom, localIso, mergeTasks, visibleTasks, workingDaysIn } from './view';
import type { GanttViewMode } from './view-modes';

export interface PlanMessages {
	saving: string;
	moved: (count: number) => string;
	progressSaved: (progress: number) => string;
}

/**
 * The Gantt page's state: the plan as the chart edits it, the scale, the filters and which summaries are
 * folded. A drag shows at once; saves run one at a time through the API, each over the version the previous
 * one returned; the server's answer replaces the local copy, and a refusal puts the bars back.
 */
export class GanttPlan {
	tasks = $state<TaskView[]>([]);
	viewMode = $state<GanttViewMode>('Week');
	phaseId = $state('');
	side = $state('');
	assigneeId = $state('');
	criticalOnly = $state(false);
	readonly collapsed = new SvelteSet<string>();
	status = $state<{ kind: 'ok' | 'error' | 'busy'; text: string } | null>(null);
	readonly rows = $derived.by(() =>
		visibleTasks(this.tasks, this.critical, { phaseId: this.phaseId, side: this.side, assigneeId: this.assigneeId, criticalOnly: this.criticalOnly, collapsed: this.collapsed })
	);
	#queue: Promise<void> = Promise.resolve();

	constructor(
		tasks: TaskView[],
		readonly critical: ReadonlySet<string>,
		private readonly offDays: ReadonlySet<string>,
		private readonly api: string,
		private readonly locale: string,
		private readonly messages: PlanMessages,
		viewMode: GanttViewMode = 'Week'
	) {
		this.tasks = tasks;
		this.viewMode = viewMode;
	}

	toggle(taskId: string) {
		if (!this.collapsed.delete(taskId)) this.collapsed.add(taskId);
	}

	collapseAll() {
		for (const t of this.tasks) if (t.hasChildren) this.collapsed.add(t.id);
	}

	expandAll() {
		this.collapsed.clear();
	}

	/** A bar dropped at new dates. Moved whole, it keeps its working-day duration; resized, it takes the new one. */
	move(taskId: string, start: Date, end: Date): Promise<void> {
		return (this.#queue = this.#queue.then(() => this.#saveMove(this.#current(taskId), start, end)));
	}

	progress(taskId: string, value: number): Promise<void> {
		if (value === this.#current(taskId).progress) return this.#queue;
		return (this.#queue = this.#queue.then(() => this.#save(`${this.api}/tasks/${taskId}`, 'PATCH', { progress: value, version: this.#current(taskId).version }, (body) => {
			this.#merge([body as TaskView]);
			return this.messages.progressSaved(value);
		})));
	}

	#current(id: string): TaskView {
		return this.tasks.find((t) => t.id === id)!;
	}

	#merge(updated: TaskView[]) {
		this.tasks = mergeTasks(this.tasks, updated);
	}

	#saveMove(task: TaskView, start: Date, end: Date) {
		const resized = daysFrom(task.start, start) !== daysFrom(task.finish, end);
		const durationDays = Math.max(1, workingDaysIn(start, end, this.offDays));
		return this.#save(`${this.api}/tasks/${task.id}/reschedule`, 'POST', { start: localIso(start), ...(resized ? { durationDays } : {}), version: task.version }, (body) => {
			const moved = (body as { tasks: TaskView[] }).tasks;
			this.#merge(moved);
			return this.messages.moved(Math.max(0, moved.length - 1));
		});
	}

	async #save(url: string, method: string, payload: unknown, onSaved: (body: unknown) => string) {
		this.status = { kind: 'busy', text: this.messages.saving };
		const response = await fetch(url, { method, headers: { 'content-type': 'application/json', 'accept-language': this.locale }, body: JSON.stringify(payload) });
		const body = await response.json().catch(() => ({}));
		if (response.ok) {
			this.status = { kind: 'ok', text: onSaved(body) };
		} else {
			// Refused: a fresh array redraws the bars where the plan has them; the reason is shown.
			this.tasks = [...this.tasks];
			this.status = { kind: 'error', text: (body as { error?: { message?: string } }).error?.message ?? response.statusText };
		}
	}
}
