import type Gantt from 'frappe-gantt';
import type { Locale } from '../i18n';
import type { PlanSlice, PlanSpan } from './plan-slice';
import { planGantt } from './plan-gantt';
import { fillPopup, type GanttPopupContext, type GanttTask } from './view';
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
	config: { unit: string; step: number; column_width: number };
	layers: { bar: SVGGElement };
	options: { scroll_to: unknown };
	setup_tasks: (t: GanttTask[]) => void;
	change_view_mode: (m: string, keep?: boolean) => void;
	scroll_current: () => void;
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
	/** frappe-gantt has moved bars in its own DOM: whatever the plan says next must be drawn. */
	onDrag: () => void;
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
			view_modes: GANTT_VIEW_MODES as unknown as never,
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
			scroll_to: 'today',
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
				o.onDrag();
				this.#pending[task.id] = { start, end };
			},
			on_progress_change: (task: { id: string }, progress: number) => {
				o.onDrag();
				o.onProgressChange(task.id, Math.round(progress));
			}
		} as never);
		// Scrolled to today once, at the start; later redraws keep the reader's place.
		internals(this.#gantt).options.scroll_to = null;
	}

	/** Re-feeds the tasks and redraws in the given scale, keeping the horizontal scroll position. */
	redraw(mount: HTMLElement, tasks: GanttTask[], viewMode: GanttViewMode, baseline: PlanSlice['baseline']) {
		const container = mount.querySelector<HTMLElement>('.gantt-container');
		const left = container?.scrollLeft ?? 0;
		const g = internals(this.#gantt);
		g.setup_tasks(tasks);
		g.change_view_mode(viewMode, false);
		const after = mount.querySelector<HTMLElement>('.gantt-container');
		if (after && container) after.scrollLeft = left;
		this.drawBaselines(baseline);
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

	scrollToToday() {
		internals(this.#gantt).scroll_current();
	}

	/** Baseline bars under the current ones: frappe-gantt has none, so they are drawn into its bar layer. */
	drawBaselines(baseline: PlanSlice['baseline']) {
		const g = internals(this.#gantt);
		const { unit, step, column_width } = g.config;
		const x = (iso: string, endOfDay = false) => {
			const d = new Date(new Date(`${iso}T00:00:00`).getTime() + (endOfDay ? 86_400_000 : 0));
			const days = (d.getTime() - g.gantt_start.getTime()) / 86_400_000;
			const units =
				unit === 'month'
					? (d.getFullYear() - g.gantt_start.getFullYear()) * 12 +
						d.getMonth() -
						g.gantt_start.getMonth() +
						(d.getDate() - 1) / 30
					: days;
			return (units / step) * column_width;
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
