/** What the opening needs of a row, in WBS order. */
export interface OutlineRow {
	start: string;
	finish: string;
	hasChildren: boolean;
}

/** Rows the chart draws beyond those in view, above and below, so a short scroll needs no redraw. */
export const WINDOW_MARGIN = 8;

/** Rows shown above the row the chart opens at, so the reader sees where it sits in the plan. */
export const ROWS_ABOVE_OPENING = 3;

/**
 * The row the Gantt opens at: the first task (not a summary) whose work is current or next — it finishes today
 * or later. A plan whose work is all behind it opens at its last task; an empty plan at the top.
 */
export function openingRow(rows: readonly OutlineRow[], today: string): number {
	let lastTask = -1;
	for (let i = 0; i < rows.length; i++) {
		if (rows[i].hasChildren) continue;
		if (rows[i].finish >= today) return i;
		lastTask = i;
	}
	return Math.max(0, lastTask);
}

/** The first row of the slice sent with the page: a few rows above the opening row, and the chart's margin. */
export function sliceStart(opening: number, margin: number): number {
	return Math.max(0, opening - ROWS_ABOVE_OPENING - margin);
}

/** The date the time axis opens at: today, or the opening row's start when its work is still ahead. */
export function openingDate(row: { start: string; finish: string } | undefined, today: string): string {
	if (!row) return today;
	if (row.start > today) return row.start;
	if (row.finish < today) return row.start;
	return today;
}

/** Today's date (YYYY-MM-DD) in an IANA time zone. */
export function todayIn(timeZone: string, now = new Date()): string {
	// en-CA formats dates as YYYY-MM-DD.
	return new Intl.DateTimeFormat('en-CA', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format(now);
}
