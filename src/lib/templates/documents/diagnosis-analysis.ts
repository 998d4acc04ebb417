import { channelView } from '../../design/channels';
import { painGrid, type PainBand } from '../../design/pain-points';
import { PAIN_SCALE, type Channel } from '../../design/types';
import type { Locale, MessageKey } from '../../i18n';
import { label } from './design-common';
import { muted, tr } from './frame';
import type { Node } from './model';

// The diagnosis report's analyses: the contact-channel table (by the channel page's rule) and the severity ×
// frequency grid of the prioritisation view.

export interface ChannelLine {
	channel: Channel;
	processCodes: string[];
	volumePerMonth: number;
	/** Processes on the channel whose volume nobody knows: the sum is a floor. */
	unknownVolume: number;
	painPoints: number;
	severe: number;
}

/**
 * Per contact channel: the in-scope processes using it, their monthly volume, and the pain points found on it,
 * counted by the channel page's rule (a pain point without a channel belongs to every channel of its process).
 */
export function channelAnalysis(
	processes: readonly {
		id: string;
		code: string;
		name: string;
		inScope: boolean;
		volumePerMonth: number | null;
		channels: readonly Channel[];
	}[],
	painPoints: readonly { processId: string; channel: Channel | null; severity: number }[]
): ChannelLine[] {
	const inScope = processes.filter((p) => p.inScope);
	const rows = channelView(
		inScope.map((p) => ({
			id: p.id,
			code: p.code,
			name: p.name,
			volumePerMonth: p.volumePerMonth,
			channels: p.channels
		})),
		painPoints.map((p) => ({ processId: p.processId, channel: p.channel, severity: p.severity, count: 1 }))
	);
	return rows.map((r) => ({
		channel: r.channel,
		processCodes: r.processes.map((p) => p.code),
		volumePerMonth: r.volumePerMonth,
		unknownVolume: r.unknownVolume,
		painPoints: r.painPoints,
		severe: r.severePainPoints
	}));
}

/** The severity × frequency grid of the prioritisation view, counts in cells shaded by their band. */
export function priorityGrid(
	painPoints: readonly { severity: number; frequency: number }[],
	lang: Locale
): Node[] {
	const t = tr(lang);
	if (!painPoints.length) return [];
	const counts = new Map<string, number>();
	for (const p of painPoints)
		counts.set(`${p.severity}:${p.frequency}`, (counts.get(`${p.severity}:${p.frequency}`) ?? 0) + 1);
	const grid = painGrid(
		[...counts].map(([k, count]) => {
			const [severity, frequency] = k.split(':').map(Number);
			return { severity, frequency, count };
		})
	);
	const head = [
		{ text: '', style: 'th' },
		...PAIN_SCALE.map((f) => ({
			text: `${t('designDoc.col.frequency')} ${f}\n${t(`design.frequency.${f}` as MessageKey)}`,
			style: 'th',
			alignment: 'center'
		}))
	];
	const rows = grid.map((row) => [
		{ text: `${t('designDoc.col.severity')} ${row[0].severity}`, bold: true },
		...row.map((c) => ({
			text: c.count ? String(c.count) : '',
			alignment: 'center',
			bold: true,
			fillColor: BAND_FILL[c.band],
			color: c.band === 'critical' ? '#ffffff' : '#000000'
		}))
	]);
	return [
		label(t('designDoc.painPoints.grid')),
		{
			table: { headerRows: 1, dontBreakRows: true, widths: [60, 56, 56, 56, 56, 56], body: [head, ...rows] },
			layout: 'workbench',
			fontSize: 8.5,
			margin: [0, 2, 0, 4]
		},
		muted(t('designDoc.painPoints.gridNote'))
	];
}

/** The web grid's band colours (app.css .scale-cell.band-*). */
const BAND_FILL: Record<PainBand, string> = {
	low: '#dcfae6',
	medium: '#fef0c7',
	high: '#f97066',
	critical: '#912018'
};
