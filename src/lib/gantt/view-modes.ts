import type { Locale } from '../i18n';

// Time-axis labels for frappe-gantt, formatted by Intl in the chart's locale (the chart passes the workbench's
// Locale as frappe-gantt's `language`, which the library also hands to Intl for its own month names).
type Labeler = (d: Date, ld: Date | null, lang: Locale) => string;

const monthName = (d: Date, lang: Locale) => d.toLocaleString(lang, { month: 'short' });
const yearMonth = (d: Date, lang: Locale) => d.toLocaleString(lang, { month: 'long', year: 'numeric' });

const dayLower: Labeler = (d, ld) => (!ld || d.getDate() !== ld.getDate() ? `${d.getDate()}` : '');
const dayUpper: Labeler = (d, ld, lang) => (!ld || d.getMonth() !== ld.getMonth() ? yearMonth(d, lang) : '');
// Numeric (11/30–12/6), without years: a week's range must fit its column on one line in both languages.
const weekLower: Labeler = (d) => {
	const end = new Date(d);
	end.setDate(d.getDate() + 6);
	return `${d.getMonth() + 1}/${d.getDate()}–${end.getMonth() + 1}/${end.getDate()}`;
};
const monthUpper: Labeler = (d, ld, lang) =>
	!ld || d.getFullYear() !== ld.getFullYear() ? d.toLocaleString(lang, { year: 'numeric' }) : '';

export const GANTT_VIEW_MODES = [
	{
		name: 'Day',
		padding: '7d',
		date_format: 'YYYY-MM-DD',
		step: '1d',
		column_width: 30,
		lower_text: dayLower,
		upper_text: dayUpper,
		thick_line: (d: Date) => d.getDay() === 1
	},
	{
		name: 'Week',
		padding: '1m',
		step: '7d',
		date_format: 'YYYY-MM-DD',
		column_width: 110,
		lower_text: weekLower,
		upper_text: dayUpper,
		thick_line: (d: Date) => d.getDate() <= 7,
		upper_text_frequency: 4
	},
	{
		name: 'Month',
		padding: '2m',
		step: '1m',
		column_width: 100,
		date_format: 'YYYY-MM',
		lower_text: (d: Date, _l: Date | null, lang: Locale) => monthName(d, lang),
		upper_text: monthUpper,
		thick_line: (d: Date) => d.getMonth() % 3 === 0,
		snap_at: '7d'
	}
] as const;

export type GanttViewMode = (typeof GANTT_VIEW_MODES)[number]['name'];
