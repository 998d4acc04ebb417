// Chinese and English labels for frappe-gantt's time axis: the library translates month names only.
type Labeler = (d: Date, ld: Date | null, lang: string) => string;

const zh = (lang: string) => lang !== 'en';
const monthName = (d: Date, lang: string) =>
	zh(lang) ? `${d.getMonth() + 1}月` : d.toLocaleString('en', { month: 'short' });
const yearMonth = (d: Date, lang: string) =>
	zh(lang)
		? `${d.getFullYear()}年${d.getMonth() + 1}月`
		: d.toLocaleString('en', { month: 'long', year: 'numeric' });

const dayLower: Labeler = (d, ld, lang) =>
	!ld || d.getDate() !== ld.getDate() ? (zh(lang) ? `${d.getDate()}` : `${d.getDate()}`) : '';
const dayUpper: Labeler = (d, ld, lang) => (!ld || d.getMonth() !== ld.getMonth() ? yearMonth(d, lang) : '');
const weekLower: Labeler = (d, _ld, lang) => {
	const end = new Date(d);
	end.setDate(d.getDate() + 6);
	return zh(lang)
		? `${d.getMonth() + 1}/${d.getDate()}–${end.getMonth() + 1}/${end.getDate()}`
		: `${d.getDate()} ${monthName(d, lang)}–${end.getDate()}`;
};
const monthUpper: Labeler = (d, ld, lang) =>
	!ld || d.getFullYear() !== ld.getFullYear()
		? zh(lang)
			? `${d.getFullYear()}年`
			: `${d.getFullYear()}`
		: '';

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
		lower_text: (d: Date, _l: Date | null, lang: string) => monthName(d, lang),
		upper_text: monthUpper,
		thick_line: (d: Date) => d.getMonth() % 3 === 0,
		snap_at: '7d'
	}
] as const;

export type GanttViewMode = (typeof GANTT_VIEW_MODES)[number]['name'];
