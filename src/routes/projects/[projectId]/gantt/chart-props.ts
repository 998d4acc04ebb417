import type { Locale } from '$lib/i18n';
import type { GanttRow, PlanSlice, PlanSpan } from '$lib/gantt/plan-slice';
import type { GanttViewMode } from '$lib/gantt/view-modes';

/** What the Gantt chart (GanttChart.svelte) is given. */
export type GanttChartProps = {
	rows: GanttRow[];
	/** Rows to make room for: more than `rows` while the rest of the plan is loading. */
	rowCount: number;
	/** Where `rows` start in the whole plan (the first screen's slice may start further down). */
	rowOffset: number;
	/** The row (whole-plan index) the chart opens at, and the project's today. */
	openingRow: number;
	today: string;
	/** What a bar being dragged would save, in words (null for none). */
	dragText: (taskId: string, start: Date, end: Date) => string | null;
	span: PlanSpan;
	links: PlanSlice['links'];
	critical: ReadonlySet<string>;
	baseline: PlanSlice['baseline'];
	offDays: ReadonlySet<string>;
	canEdit: boolean;
	busy: boolean;
	viewMode: GanttViewMode;
	language: Locale;
	label: (t: GanttRow) => string;
	collapsed: ReadonlySet<string>;
	ontoggle: (task: GanttRow) => void;
	popup: (t: GanttRow) => { title: string; details: string };
	onmove: (task: GanttRow, start: Date, end: Date) => void;
	onprogress: (task: GanttRow, progress: number) => void;
	/** The first screen is drawn and takes input. */
	onready: () => void;
	todayRequest: number;
	chartLabel: string;
};
