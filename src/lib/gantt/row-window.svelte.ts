import { GANTT_GEOMETRY } from './frappe-adapter';
import { WINDOW_MARGIN } from './opening';

const { ROW, HEADER } = GANTT_GEOMETRY;

/**
 * Which rows the chart draws for the chart box's vertical scroll position. Rows are a fixed height, so only
 * the rows in view plus a margin are handed to frappe-gantt: a 2,000-task plan renders like a 60-task one.
 * The drawing starts WINDOW_MARGIN rows above the first row in view and is scrolled up under the header by
 * `offsetY`, so the rows in view are exactly those the scroll position says.
 */
export class RowWindow<T> {
	scrollTop = $state(0);
	viewportHeight = $state(600);
	/** The first row drawn (whole-plan index). */
	readonly first = $derived(Math.max(0, Math.floor(this.scrollTop / ROW) - WINDOW_MARGIN));
	readonly offsetY = $derived(this.scrollTop - this.first * ROW);
	readonly count = $derived(Math.ceil(this.viewportHeight / ROW) + 2 * WINDOW_MARGIN);
	/** The rows drawn, from `rows` placed at `rowOffset` in the whole plan. */
	readonly rows = $derived.by(() => {
		const { rows, rowOffset } = this.source();
		const from = Math.max(0, this.first - rowOffset);
		return rows.slice(from, from + this.count);
	});

	constructor(private readonly source: () => { rows: T[]; rowOffset: number }) {}

	/** The rows a reader sees, below the header. */
	inView(): T[] {
		const { rows, rowOffset } = this.source();
		const top = Math.max(0, Math.floor(this.scrollTop / ROW) - rowOffset);
		return rows.slice(top, top + Math.max(1, Math.floor((this.viewportHeight - HEADER) / ROW)));
	}

	/** The scroll position that puts a row (whole-plan index) at the top, under the header. */
	static topOf(row: number): number {
		return Math.max(0, row) * ROW;
	}
}
