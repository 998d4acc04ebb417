import type Gantt from 'frappe-gantt';
import type { Locale } from '../i18n';
import type { PlanSlice, PlanSpan } from './plan-slice';
import { planGantt } from './plan-gantt';
import { fillPopup, localIso, type GanttPopupContext, type GanttTask } from './view';
import { GANTT_VIEW_MODES, type GanttViewMode } from './view-modes';

// Everything the workbench knows about frappe-gantt's insides lives here: the library has no types, no
// baseline bars and no API for re-feeding tasks, so the chart reaches into a few members, typed once below.

/** Row geometry shared by the library's bars and the chart's label column (pixels). */
export const GANTT_GEOMETRY = (() => {
	const BAR = 22;
	const GAP = 14;
	const UPPER = 40;
	const LOWER = 26;
	return { BAR, GAP, ROW: BAR + GAP, UPPER, LOWER, HEADER: UPPER + LOWER + 10 };
})();
const { BAR, GAP, ROW, UPPER, LOWER, HEADER } = GANTT_GEOMETRY;

interface FrappeInternals {
	bars: { task: { id: string; _index: number } }[];
	gantt_start: Date;
	config: {
		unit: string;
		step: number;
		column_width: number;
		view_mode: { upper_text: (d: Date, ld: Date | null, lang: string) => string };
	};
	layers: { bar: SVGGElement };
	options: { scroll_to: unknown; language: string };
	$container: HTMLElement;
	$upper_header: HTMLElement;
	upperTexts: HTMLElement[];
	setup_tasks: (t: GanttTask[]) => void;
	change_view_mode: (m: string, keep?: boolean) => void;
}
const internals = (g: Gantt) => g as unknown as FrappeInternals;

export interface FrappeChartOptions {
	viewMode: GanttViewMode;
	language: Locale;
	readonly: boolean;
	containerHeight: number;
	isOffDay: (d: Date) => boolean;
	/** The popup's title and details for a task id, or null for none. */
	popup: (id: string) => { title: string; details: string } | null;
	/** A bar was dropped (reported once, on mouseup, however many steps the drag took). */
	onMove: (id: string, start: Date, end: Date) => void;
	onProgressChange: (id: string, progress: number) => void;
	/**
	 * frappe-gantt has moved bars in its own DOM: whatever the plan says next must be drawn. A bar being dragged
	 * reports where it is now (its first and last day), at every step.
	 */
	onDrag: (bar?: { id: string; start: Date; end: Date }) => void;
}

/** A frappe-gantt chart whose time axis spans the whole plan, with baseline bars under its own. */
export class FrappeChart {
	readonly #gantt: Gantt;
	#pending: Record<string, { start: Date; end: Date }> = {};
	readonly #drop: () => void;

	constructor(
		Base: typeof Gantt,
		mount: HTMLElement,
		tasks: GanttTask[],
		/** The whole plan's dates: the time axis spans them, whichever rows are drawn. */
		span: () => PlanSpan,
		o: FrappeChartOptions
	) {
		this.#drop = () =>
			setTimeout(() => {
				for (const [id, { start, end }] of Object.entries(this.#pending)) o.onMove(id, start, end);
				this.#pending = {};
			});
		document.addEventListener('mouseup', this.#drop);
		const PlanGantt = planGantt(Base, () => {
			const { start, finish } = span();
			return { _start: new Date(`${start}T00:00:00`), _end: new Date(`${finish}T23:59:59`) };
		});
		this.#gantt = new PlanGantt(mount, tasks, {
			// frappe-gantt 1.x draws the first of view_modes whatever view_mode says: the chosen scale goes first,
			// so the chart is drawn once, in that scale.
			view_modes: [
				...GANTT_VIEW_MODES.filter((m) => m.name === o.viewMode),
				...GANTT_VIEW_MODES.filter((m) => m.name !== o.viewMode)
			] as unknown as never,
			view_mode: o.viewMode,
			language: o.language,
			bar_height: BAR,
			padding: GAP,
			upper_header_height: UPPER,
			lower_header_height: LOWER,
			infinite_padding: false,
			// Successors move when the server has recomputed the plan, not by the library's guess.
			move_dependencies: false,
			container_height: o.containerHeight,
			readonly: o.readonly,
			today_button: false,
			view_mode_select: false,
			// The chart places the time axis itself (see scrollToDate): the library's scroll is animated and lands
			// on the browser's today, whichever rows are in view.
			scroll_to: null,
			holidays: { 'var(--gantt-off)': 'weekend' },
			is_weekend: o.isOffDay,
			// The library's set_title/set_subtitle/set_details write HTML: the popup's text goes in as text nodes.
			popup: (ctx: GanttPopupContext) => {
				const text = o.popup(ctx.task.id);
				if (!text) return false;
				fillPopup(ctx, text);
			},
			// frappe-gantt reports every step of a drag; the server hears only where the bar was dropped.
			on_date_change: (task: { id: string }, start: Date, end: Date) => {
				o.onDrag({ id: task.id, start, end });
				this.#pending[task.id] = { start, end };
			},
			on_progress_change: (task: { id: string }, progress: number) => {
				o.onDrag();
				o.onProgressChange(task.id, Math.round(progress));
			}
		} as never);
		this.#viewMode = o.viewMode;
		const g = internals(this.#gantt);
		// frappe-gantt's own sticky month label goes stale (and overlaps the next one) when its lookup misses;
		// the chart keeps its own label of the leftmost column instead, after the library's handler has run.
		g.$container.addEventListener('scroll', () => this.syncHeader());
		this.syncHeader();
	}

	#viewMode: GanttViewMode;

	get container(): HTMLElement {
		return internals(this.#gantt).$container;
	}

	/**
	 * Re-feeds the tasks and redraws in the given scale. The same scale keeps the horizontal scroll position;
	 * another keeps the date at the left edge in view.
	 */
	redraw(tasks: GanttTask[], viewMode: GanttViewMode, baseline: PlanSlice['baseline']) {
		const g = internals(this.#gantt);
		const container = g.$container;
		const left = container.scrollLeft;
		const date = this.dateAt(left);
		const rescaled = viewMode !== this.#viewMode;
		g.setup_tasks(tasks);
		g.change_view_mode(viewMode, false);
		this.#viewMode = viewMode;
		container.scrollLeft = rescaled ? this.xOf(date) : left;
		this.drawBaselines(baseline);
		this.syncHeader();
	}

	/** The x of a day's start on the time axis, in the current scale. */
	xOf(date: Date): number {
		const g = internals(this.#gantt);
		const { unit, step, column_width } = g.config;
		const start = g.gantt_start;
		const units =
			unit === 'month'
				? (date.getFullYear() - start.getFullYear()) * 12 +
					date.getMonth() -
					start.getMonth() +
					(date.getDate() - 1) / 31
				: Math.round((date.getTime() - start.getTime()) / 3_600_000) / 24;
		return (units / step) * column_width;
	}

	/** The day at an x of the time axis, in the current scale. */
	dateAt(x: number): Date {
		const g = internals(this.#gantt);
		const { unit, step, column_width } = g.config;
		const start = g.gantt_start;
		const units = Math.max(0, (x / column_width) * step);
		if (unit === 'month') {
			const whole = Math.floor(units);
			const month = new Date(start.getFullYear(), start.getMonth() + whole, 1);
			return new Date(month.getFullYear(), month.getMonth(), 1 + Math.floor((units - whole) * 31));
		}
		return new Date(start.getFullYear(), start.getMonth(), start.getDate() + Math.floor(units));
	}

	/** Scrolls the time axis (at once) so the day sits at `at` of the visible width from the left. */
	scrollToDate(iso: string, at = 0.25) {
		const container = this.container;
		const x = this.xOf(new Date(`${iso}T00:00:00`));
		container.scrollLeft = Math.max(0, x - container.clientWidth * at);
		this.syncHeader();
	}

	/**
	 * Rows and time axis agree: when none of these rows' bars is in the visible time window, the axis moves to
	 * the earliest of their starts. A reader's own horizontal position is kept while a bar shows.
	 */
	follow(rows: readonly { start: string; finish: string }[]) {
		if (!rows.length) return;
		const c = this.container;
		const from = localIso(this.dateAt(c.scrollLeft));
		const to = localIso(this.dateAt(c.scrollLeft + c.clientWidth));
		if (rows.some((t) => t.finish >= from && t.start <= to)) return;
		this.scrollToDate(
			rows.reduce((min, t) => (t.start < min ? t.start : min), rows[0].start),
			0.1
		);
	}

	/** Where a bar is drawn, relative to the chart's mount (null when it is not drawn). */
	barBox(mount: HTMLElement, id: string): { left: number; top: number; width: number } | null {
		const el = mount.querySelector(`.bar-wrapper[data-id="${CSS.escape(id)}"] .bar`);
		if (!el) return null;
		const box = el.getBoundingClientRect();
		const frame = mount.getBoundingClientRect();
		return { left: box.left - frame.left, top: box.top - frame.top, width: frame.width };
	}

	/**
	 * The upper header names the leftmost visible column's month (or year) in a label pinned to the left edge;
	 * the library's labels it would cover are hidden, so two never overlap.
	 */
	syncHeader() {
		const g = internals(this.#gantt);
		const header = g.$upper_header;
		if (!header) return;
		const left = g.$container.scrollLeft;
		let pinned = header.querySelector<HTMLElement>('.pinned-upper');
		if (!pinned) {
			pinned = document.createElement('div');
			pinned.className = 'pinned-upper';
			header.append(pinned);
		}
		pinned.textContent = g.config.view_mode.upper_text(this.dateAt(left), null, g.options.language);
		pinned.style.left = `${left}px`;
		const covered = left + pinned.offsetWidth + 12;
		for (const el of g.upperTexts ?? []) {
			el.classList.remove('current-upper');
			const x = el.offsetLeft;
			el.style.visibility = x + el.offsetWidth > left && x < covered ? 'hidden' : '';
		}
	}

	/** The chart scrolls sideways: keyboard users must be able to reach it to scroll it. */
	makeFocusable(mount: HTMLElement, label: string) {
		const container = mount.querySelector<HTMLElement>('.gantt-container');
		container?.setAttribute('tabindex', '0');
		container?.setAttribute('aria-label', label);
	}

	destroy() {
		document.removeEventListener('mouseup', this.#drop);
	}

	/** Baseline bars under the current ones: frappe-gantt has none, so they are drawn into its bar layer. */
	drawBaselines(baseline: PlanSlice['baseline']) {
		const g = internals(this.#gantt);
		const x = (iso: string, endOfDay = false) => {
			const d = new Date(`${iso}T00:00:00`);
			if (endOfDay) d.setDate(d.getDate() + 1);
			return this.xOf(d);
		};
		for (const bar of g.bars) {
			const b = baseline[bar.task.id];
			if (!b) continue;
			const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
			rect.setAttribute('x', String(x(b[0])));
			rect.setAttribute('y', String(HEADER + GAP / 2 + bar.task._index * ROW + BAR + 1));
			rect.setAttribute('width', String(Math.max(3, x(b[1], true) - x(b[0]))));
			rect.setAttribute('height', '4');
			rect.setAttribute('class', 'baseline-bar');
			g.layers.bar.prepend(rect);
		}
	}
}
