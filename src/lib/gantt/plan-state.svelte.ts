import { SvelteSet } from 'svelte/reactivity';
import type { Locale } from '../i18n';
import type { TaskView } from '../phases/task-model';
import { spanOf, unpackRow, type GanttRow, type PlanSlice, type PlanSpan } from './plan-slice';
import { localIso, mergeTasks, plannedMove, visibleTasks } from './view';
import type { GanttViewMode } from './view-modes';

export interface PlanMessages {
	saving: string;
	moved: (count: number) => string;
	progressSaved: (progress: number) => string;
	loadFailed: string;
}

/** What the page opens with: the first screen's rows, and the size and span of the whole plan. */
export interface PlanOpening {
	slice: PlanSlice;
	taskCount: number;
	span: PlanSpan;
	projectStart: string;
	/** The baseline whose dates the slice carries ('' for none). */
	baselineId: string;
	/** The slice's first row in the whole plan: it is taken around the row the chart opens at. */
	offset: number;
	/** The row the chart opens at (whole-plan index): the first whose work is current or next. */
	openingRow: number;
	/** Today in the project's time zone. */
	today: string;
}

export interface PlanContext {
	/** The project's API root, for saves. */
	api: string;
	/** Where the whole plan is fetched from (the page's own endpoint). */
	source: string;
	offDays: ReadonlySet<string>;
	locale: Locale;
	messages: PlanMessages;
}

/**
 * The Gantt page's state: the plan as the chart edits it, the scale, the filters and which summaries are
 * folded. It opens with the first screen's rows and is `complete` once the whole plan has arrived; until then
 * filters stay off, since they would silently act on part of the plan. A drag shows at once; saves run one at
 * a time through the API, each over the version the previous one returned; the server's answer replaces the
 * local copy, and a refusal puts the bars back.
 */
export class GanttPlan {
	tasks = $state<GanttRow[]>([]);
	critical = $state<ReadonlySet<string>>(new SvelteSet());
	links = $state<PlanSlice['links']>([]);
	baseline = $state<PlanSlice['baseline']>({});
	/** The whole plan is here (not just the first screen's rows). */
	complete = $state(false);
	/** A fetch of the whole plan is under way. */
	loading = $state(false);
	/** The last fetch of the whole plan failed: the page says so and offers another try. */
	loadFailed = $state(false);
	baselineId = $state('');
	viewMode = $state<GanttViewMode>('Week');
	phaseId = $state('');
	side = $state('');
	assigneeId = $state('');
	criticalOnly = $state(false);
	readonly collapsed = new SvelteSet<string>();
	readonly #opening: PlanOpening;
	status = $state<{ kind: 'ok' | 'error' | 'busy'; text: string } | null>(null);
	readonly rows = $derived.by(() =>
		visibleTasks(this.tasks, this.critical, {
			phaseId: this.phaseId,
			side: this.side,
			assigneeId: this.assigneeId,
			criticalOnly: this.criticalOnly,
			collapsed: this.collapsed
		})
	);
	/** Where `rows` sit in the whole plan: the slice's offset while only the first screen is here. */
	readonly rowOffset = $derived.by(() => (this.complete ? 0 : this.#opening.offset));
	/** Rows the chart makes room for: the whole plan's count while only the first screen is here. */
	readonly rowCount = $derived.by(() =>
		this.complete
			? this.rows.length
			: Math.max(this.rows.length + this.#opening.offset, this.#opening.taskCount)
	);
	/** The time axis: the rows shown, or the whole plan's span from the server while it is loading. */
	readonly span = $derived.by(() =>
		this.complete ? spanOf(this.rows, this.#opening.projectStart) : this.#opening.span
	);
	#queue: Promise<void> = Promise.resolve();
	#loads = 0;
	/** Every task a save answered with, so a plan fetched before that save cannot put its old dates back. */
	#saved: Record<string, GanttRow> = {};

	constructor(
		opening: PlanOpening,
		private readonly context: PlanContext,
		viewMode: GanttViewMode = 'Week'
	) {
		this.#opening = opening;
		this.#take(opening.slice);
		this.complete = opening.slice.rows.length >= opening.taskCount;
		this.baselineId = opening.baselineId;
		this.viewMode = viewMode;
	}

	/** Another baseline under the bars: its dates come with the whole plan, fetched again. */
	showBaseline(baselineId: string): Promise<void> {
		this.baselineId = baselineId;
		return this.load();
	}

	/**
	 * Fetches the whole plan, with the chosen baseline's dates. A task saved meanwhile keeps the newer of the
	 * two copies; of overlapping loads only the last one asked for is taken.
	 */
	async load(): Promise<void> {
		const ticket = ++this.#loads;
		this.loading = true;
		if (this.loadFailed) this.status = null;
		this.loadFailed = false;
		let slice: PlanSlice;
		try {
			const url = `${this.context.source}?baseline=${encodeURIComponent(this.baselineId)}`;
			const response = await fetch(url, {
				headers: { accept: 'application/json', 'accept-language': this.context.locale }
			});
			if (!response.ok) throw new Error(response.statusText);
			slice = await response.json();
		} catch {
			if (ticket !== this.#loads) return;
			this.loading = false;
			this.loadFailed = true;
			this.status = { kind: 'error', text: this.context.messages.loadFailed };
			return;
		}
		if (ticket !== this.#loads) return;
		this.#take(slice, (t) => {
			const saved = this.#saved[t.id];
			return saved && saved.version > t.version ? saved : t;
		});
		this.complete = true;
		this.loading = false;
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
		return (this.#queue = this.#queue.then(() =>
			this.#save(
				`${this.context.api}/tasks/${taskId}`,
				'PATCH',
				{ progress: value, version: this.#current(taskId).version },
				(body) => {
					this.#merge([body as TaskView]);
					return this.context.messages.progressSaved(value);
				}
			)
		));
	}

	#take(slice: PlanSlice, pick: (t: GanttRow) => GanttRow = (t) => t) {
		this.tasks = slice.rows.map((r) => pick(unpackRow(r)));
		this.critical = new SvelteSet(slice.critical);
		this.links = slice.links;
		this.baseline = slice.baseline;
	}

	#current(id: string): GanttRow {
		return this.tasks.find((t) => t.id === id)!;
	}

	#merge(updated: GanttRow[]) {
		for (const t of updated) this.#saved[t.id] = t;
		this.tasks = mergeTasks(this.tasks, updated);
	}

	/** Where a bar at these dates would be saved (shown while it is dragged). */
	planned(taskId: string, start: Date, end: Date) {
		const task = this.tasks.find((t) => t.id === taskId);
		return task ? plannedMove(task, start, end, this.context.offDays) : null;
	}

	#saveMove(task: GanttRow, start: Date, end: Date) {
		const { resized, durationDays } = plannedMove(task, start, end, this.context.offDays);
		return this.#save(
			`${this.context.api}/tasks/${task.id}/reschedule`,
			'POST',
			{ start: localIso(start), ...(resized ? { durationDays } : {}), version: task.version },
			(body) => {
				const moved = (body as { tasks: TaskView[] }).tasks;
				this.#merge(moved);
				return this.context.messages.moved(Math.max(0, moved.length - 1));
			}
		);
	}

	async #save(url: string, method: string, payload: unknown, onSaved: (body: unknown) => string) {
		this.status = { kind: 'busy', text: this.context.messages.saving };
		const response = await fetch(url, {
			method,
			headers: { 'content-type': 'application/json', 'accept-language': this.context.locale },
			body: JSON.stringify(payload)
		});
		const body = await response.json().catch(() => ({}));
		if (response.ok) {
			this.status = { kind: 'ok', text: onSaved(body) };
		} else {
			// Refused: a fresh array redraws the bars where the plan has them; the reason is shown.
			this.tasks = [...this.tasks];
			this.status = {
				kind: 'error',
				text: (body as { error?: { message?: string } }).error?.message ?? response.statusText
			};
		}
	}
}
