import { fromDay, toDay, weekday } from '../../scheduling/dates';
import type { Node } from './model';
import type { PlanRow } from './plan-row';

/** Width of the chart column in points: an A4 landscape page less margins and the name column. */
const CHART_WIDTH = 560;
const NAME_WIDTH = 190;
const ROW_HEIGHT = 11;
const COLORS = {
	bar: '#3b6fb6',
	critical: '#c0392b',
	done: '#16325c',
	criticalDone: '#7b1d14',
	summary: '#33414e',
	baseline: '#9aa5b1',
	grid: '#e3e7eb',
	today: '#d97706'
};

export interface Tick {
	day: number;
	label: string;
}

/** Ticks that keep labels legible at this width: weeks for short plans, months, then quarters. */
export function timescale(
	startDay: number,
	endDay: number
): { ticks: Tick[]; scale: (day: number) => number } {
	const span = Math.max(1, endDay - startDay);
	const scale = (day: number) => ((day - startDay) / span) * CHART_WIDTH;
	const ticks: Tick[] = [];
	if (span <= 120) {
		const first = startDay + ((8 - weekday(startDay)) % 7); // the first Monday
		for (let d = first; d < endDay; d += 7) ticks.push({ day: d, label: fromDay(d).slice(5) });
	} else {
		const months = span <= 800 ? 1 : 3;
		const s = fromDay(startDay);
		let y = Number(s.slice(0, 4));
		let m = Number(s.slice(5, 7));
		if (months === 3) m = Math.floor((m - 1) / 3) * 3 + 1;
		for (;;) {
			const day = toDay(`${y}-${String(m).padStart(2, '0')}-01`);
			if (day >= endDay) break;
			if (day >= startDay)
				ticks.push({
					day,
					label: months === 3 ? `${y} Q${(m + 2) / 3}` : `${y}-${String(m).padStart(2, '0')}`
				});
			m += months;
			if (m > 12) {
				m -= 12;
				y++;
			}
		}
	}
	return { ticks, scale };
}

function header(ticks: Tick[], scale: (d: number) => number): Node {
	const columns: Node[] = [];
	let x = 0;
	for (const [i, tick] of ticks.entries()) {
		const next = i + 1 < ticks.length ? scale(ticks[i + 1].day) : CHART_WIDTH;
		const at = scale(tick.day);
		if (at > x) columns.push({ width: at - x, text: '' });
		columns.push({
			width: next - at,
			text: next - at >= 24 ? tick.label : '',
			fontSize: 6.5,
			noWrap: true,
			margin: [2, 0, 0, 0]
		});
		x = next;
	}
	return { columns, columnGap: 0, bold: true, fillColor: '#e8eef5' };
}

function bar(row: PlanRow, scale: (d: number) => number, gridXs: number[], todayX: number | null): Node {
	// The whole grid of a row as one zig-zag path (its horizontal legs lie on the row's borders): one drawing
	// operation instead of one per tick, which on a 2,000-row plan is tens of thousands fewer for pdfmake to hold.
	const ops: Node[] = gridXs.length
		? [
				{
					type: 'polyline',
					points: gridXs.flatMap((x, i) =>
						i % 2
							? [
									{ x, y: ROW_HEIGHT },
									{ x, y: 0 }
								]
							: [
									{ x, y: 0 },
									{ x, y: ROW_HEIGHT }
								]
					),
					lineWidth: 0.4,
					lineColor: COLORS.grid
				}
			]
		: [];
	if (row.baselineStart && row.baselineFinish) {
		const bx = scale(toDay(row.baselineStart));
		const bw = Math.max(1.5, scale(toDay(row.baselineFinish) + 1) - bx);
		ops.push({ type: 'rect', x: bx, y: 8.2, w: bw, h: 1.8, color: COLORS.baseline });
	}
	const x = scale(toDay(row.start));
	const w = Math.max(1.5, scale(toDay(row.finish) + 1) - x);
	if (row.milestone) {
		const c = x;
		ops.push({
			type: 'polyline',
			closePath: true,
			points: [
				{ x: c, y: 1 },
				{ x: c + 3.5, y: 4.5 },
				{ x: c, y: 8 },
				{ x: c - 3.5, y: 4.5 }
			],
			color: row.critical ? COLORS.critical : COLORS.summary
		});
	} else if (row.summary) {
		ops.push({ type: 'rect', x, y: 2.5, w, h: 3, color: COLORS.summary });
	} else {
		ops.push({ type: 'rect', x, y: 1.5, w, h: 6, color: row.critical ? COLORS.critical : COLORS.bar });
		if (row.progress > 0)
			ops.push({
				type: 'rect',
				x,
				y: 1.5,
				w: (w * Math.min(100, row.progress)) / 100,
				h: 6,
				color: row.critical ? COLORS.criticalDone : COLORS.done
			});
	}
	if (todayX !== null)
		ops.push({
			type: 'line',
			x1: todayX,
			y1: 0,
			x2: todayX,
			y2: ROW_HEIGHT,
			lineWidth: 0.8,
			lineColor: COLORS.today,
			dash: { length: 2 }
		});
	return { canvas: ops };
}

/**
 * The Gantt chart as a table of vector rows: the timescale is the repeated header row, so every printed page
 * carries its scale, and a plan of thousands of tasks paginates like any table.
 */
export function ganttChart(
	rows: PlanRow[],
	today: string | null,
	labels: { task: string; legend: Node }
): Node {
	if (!rows.length) return '';
	const start = Math.min(
		...rows.map((r) => toDay(r.start)),
		...rows.flatMap((r) => (r.baselineStart ? [toDay(r.baselineStart)] : []))
	);
	const end =
		Math.max(
			...rows.map((r) => toDay(r.finish)),
			...rows.flatMap((r) => (r.baselineFinish ? [toDay(r.baselineFinish)] : []))
		) + 1;
	const { ticks, scale } = timescale(start - 1, end + 1);
	const gridXs = ticks.map((tick) => scale(tick.day));
	const t = today ? toDay(today) : null;
	const todayX = t !== null && t >= start && t <= end ? scale(t) : null;
	const body: Node[][] = [
		[{ text: labels.task, style: 'th' }, header(ticks, scale)],
		...rows.map((r) => [
			{
				text: `${r.wbs} ${r.name}`,
				fontSize: 6.5,
				margin: [r.depth * 5, 0, 0, 0],
				bold: r.summary,
				noWrap: false,
				lineHeight: 1.1
			},
			bar(r, scale, gridXs, todayX)
		])
	];
	return {
		stack: [
			labels.legend,
			{
				table: { headerRows: 1, dontBreakRows: true, widths: [NAME_WIDTH, CHART_WIDTH], body },
				layout: 'gantt'
			}
		]
	};
}

/** Little swatches explaining the bar colours, in the document's language. */
export function ganttLegend(labels: {
	planned: string;
	critical: string;
	baseline: string;
	progress: string;
	milestone: string;
}): Node {
	const swatch = (color: string, h = 6): Node => ({
		canvas: [{ type: 'rect', x: 0, y: (8 - h) / 2 + 1, w: 14, h, color }],
		width: 18
	});
	const item = (s: Node, text: string): Node[] => [
		s,
		{ text, width: 'auto', fontSize: 7.5, margin: [0, 0, 12, 0] }
	];
	return {
		columns: [
			...item(swatch(COLORS.bar), labels.planned),
			...item(swatch(COLORS.critical), labels.critical),
			...item(swatch(COLORS.done), labels.progress),
			...item(swatch(COLORS.baseline, 2), labels.baseline),
			...item(
				{
					canvas: [
						{
							type: 'polyline',
							closePath: true,
							points: [
								{ x: 5, y: 1 },
								{ x: 8.5, y: 4.5 },
								{ x: 5, y: 8 },
								{ x: 1.5, y: 4.5 }
							],
							color: COLORS.summary
						}
					],
					width: 12
				},
				labels.milestone
			)
		],
		margin: [0, 0, 0, 6]
	};
}
