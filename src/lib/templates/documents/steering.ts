import { formatDate, isMessageKey, type Locale, type MessageKey } from '../../i18n';
import { phaseStatusKey, sideKey } from '../../i18n/labels';
import { localText } from '../../i18n/local-name';
import type { Rag } from '../../phases/rag';
import type { PhaseStatus } from '../../phases/task-model';
import type { Side } from '../../raci/sides';
import { heatMapRows, type HeatMapItem } from '../../register/heatmap';
import { RISK_BANDS } from '../../register/types';
import { dataTable, frameDocument, h1, h2, instant, muted, para, tr } from './frame';
import type { DocumentKindDefinition, DocumentMeta, Node } from './model';
import {
	BAND_FILL,
	changeTable,
	issueTable,
	pendingTable,
	riskTable,
	type ChangeLine,
	type DecisionLine,
	type IssueLine,
	type RiskLine
} from './register-tables';

export interface SteeringPhase {
	name: string;
	nameEn: string | null;
	status: PhaseStatus;
	plannedStart: string | null;
	plannedFinish: string | null;
	progress: number;
	plannedProgress: number;
	gateDone: number;
	gateTotal: number;
	rag: Rag;
}

export interface SteeringMilestone {
	wbs: string;
	name: string;
	nameEn: string | null;
	/** Its finish in the newest plan baseline; null without one (or when it was added after it). */
	planned: string | null;
	/** Its finish in the current plan (the actual finish once done). */
	forecast: string;
	/** Working days the forecast lies after the planned date (negative: early); null without a planned date. */
	slipDays: number | null;
	state: 'done' | 'late' | 'onTrack';
}

export interface SteeringApproval {
	/** A signable type (deliverable, gate, change …). */
	type: string;
	name: string;
	nameEn: string | null;
	submitterName: string;
	submitterSide: Side;
	submittedAt: string;
	dueDate: string;
	overdue: boolean;
}

export interface SteeringData {
	meta: DocumentMeta;
	/** The reporting period (the four weeks up to the end of the current week), in the project's time zone. */
	from: string;
	to: string;
	today: string;
	actualProgress: number;
	plannedProgress: number;
	phases: SteeringPhase[];
	milestones: { recent: SteeringMilestone[]; next: SteeringMilestone[]; baselineName: string | null };
	/** Every open, rated risk: the heat map's dots. */
	heatmap: HeatMapItem[];
	/** The top open risks by score, highest first; `riskTotal` counts them all. */
	risks: RiskLine[];
	riskTotal: number;
	changes: ChangeLine[];
	pending: DecisionLine[];
	blocking: IssueLine[];
	approvals: SteeringApproval[];
}

const RAG_FILL: Record<Rag, string> = { green: '#2f9e5b', amber: '#f2b705', red: '#d64541' };
const RAG_INK: Record<Rag, string> = { green: '#ffffff', amber: '#1f2933', red: '#ffffff' };
const LATE = '#b42318';
/** Codes printed in one heat-map cell before the rest is summarised as "…". */
const CODES_PER_CELL = 8;

function phaseSection(data: SteeringData, lang: Locale): Node[] {
	const t = tr(lang);
	const rows = data.phases.map((p) => [
		localText(p.name, p.nameEn, lang),
		p.plannedStart && p.plannedFinish
			? t('steering.dateRange', { from: p.plannedStart, to: p.plannedFinish })
			: '—',
		t('steering.progressValue', { actual: p.progress, planned: p.plannedProgress }),
		t('steering.gateValue', { state: t(phaseStatusKey(p.status)), done: p.gateDone, total: p.gateTotal }),
		{
			text: t(`steering.rag.${p.rag}` as MessageKey),
			bold: true,
			alignment: 'center',
			color: RAG_INK[p.rag],
			fillColor: RAG_FILL[p.rag]
		}
	]);
	return [
		h1(t('steering.phases')),
		dataTable(
			[
				t('doc.col.phase'),
				t('steering.col.dates'),
				t('steering.col.progress'),
				t('steering.col.gate'),
				t('steering.col.rag')
			],
			rows,
			['*', 120, 80, 110, 40]
		),
		muted(t('steering.ragRule'))
	];
}

function milestoneTable(milestones: SteeringMilestone[], lang: Locale): Node {
	const t = tr(lang);
	if (!milestones.length) return muted(t('doc.none'));
	return dataTable(
		[
			t('doc.col.wbs'),
			t('steering.col.milestone'),
			t('steering.col.planned'),
			t('steering.col.forecast'),
			t('steering.col.slip'),
			t('steering.col.status')
		],
		milestones.map((m) => {
			const late = m.state === 'late';
			return [
				m.wbs,
				{ text: localText(m.name, m.nameEn, lang) },
				m.planned ?? '—',
				m.forecast,
				m.slipDays === null
					? '—'
					: t('steering.days', { days: m.slipDays > 0 ? `+${m.slipDays}` : m.slipDays }),
				{
					text: t(`steering.milestone.${m.state}` as MessageKey),
					bold: late,
					color: late ? LATE : undefined
				}
			];
		}),
		[40, '*', 60, 60, 70, 48]
	);
}

function milestoneSection(data: SteeringData, lang: Locale): Node[] {
	const t = tr(lang);
	const m = data.milestones;
	return [
		h1(t('steering.milestones')),
		muted(
			m.baselineName
				? t('steering.milestones.baseline', { name: m.baselineName })
				: t('steering.milestones.noBaseline')
		),
		h2(t('steering.milestones.recent', { from: data.from, today: data.today })),
		milestoneTable(m.recent, lang),
		h2(t('steering.milestones.next')),
		milestoneTable(m.next, lang)
	];
}

/** The 5×5 grid as a table: probability 5 at the top, impact 1 to 5 left to right, each cell in its band's colour. */
export function heatMapTable(items: readonly HeatMapItem[], lang: Locale): Node {
	const t = tr(lang);
	const rows = heatMapRows(items);
	const axis = (text: string | number) => ({
		text: String(text),
		bold: true,
		alignment: 'center',
		verticalAlignment: 'middle',
		fillColor: '#e8eef5'
	});
	const cell = (c: (typeof rows)[number][number]) => {
		const codes = c.items.slice(0, CODES_PER_CELL).map((i) => i.code);
		if (c.items.length > CODES_PER_CELL) codes.push('…');
		return {
			stack: [
				{
					text: String(c.items.length),
					fontSize: 14,
					bold: c.items.length > 0,
					color: c.items.length ? '#1f2933' : '#8a949e'
				},
				...(codes.length ? [{ text: codes.join(' '), fontSize: 7 }] : [])
			],
			alignment: 'center',
			verticalAlignment: 'middle',
			fillColor: BAND_FILL[c.band],
			margin: [0, 4, 0, 4]
		};
	};
	return {
		table: {
			headerRows: 1,
			dontBreakRows: true,
			widths: [70, '*', '*', '*', '*', '*'],
			body: [
				[axis(t('steering.heatmap.corner')), ...[1, 2, 3, 4, 5].map(axis)],
				...rows.map((row) => [axis(row[0].probability), ...row.map(cell)])
			]
		},
		layout: 'workbench',
		fontSize: 8.5,
		margin: [0, 2, 0, 6]
	};
}

function riskSection(data: SteeringData, lang: Locale): Node[] {
	const t = tr(lang);
	const cells = heatMapRows(data.heatmap).flat();
	const byBand = Object.fromEntries(
		RISK_BANDS.map((b) => [b, cells.filter((c) => c.band === b).reduce((n, c) => n + c.items.length, 0)])
	) as Record<(typeof RISK_BANDS)[number], number>;
	const legend = {
		table: {
			widths: ['*', '*', '*', '*'],
			body: [
				RISK_BANDS.map((b) => ({
					text: t(`raid.band.${b}` as MessageKey),
					alignment: 'center',
					fillColor: BAND_FILL[b]
				}))
			]
		},
		layout: 'workbench',
		fontSize: 8,
		margin: [0, 0, 0, 4]
	};
	return [
		// Heading, grid and legend on one page: a heat map cut in two cannot be read.
		{
			stack: [
				h1(t('steering.heatmap')),
				para(t('steering.heatmap.summary', { total: data.heatmap.length, ...byBand })),
				heatMapTable(data.heatmap, lang),
				legend,
				muted(t('steering.heatmap.legend'))
			],
			unbreakable: true
		},
		h1(t('steering.topRisks')),
		...(data.riskTotal > data.risks.length
			? [muted(t('steering.topOf', { total: data.riskTotal, shown: data.risks.length }))]
			: []),
		riskTable(data.risks, lang)
	];
}

function approvalSection(data: SteeringData, lang: Locale): Node[] {
	const t = tr(lang);
	const kind = (type: string) => {
		const key = `signable.${type}`;
		return isMessageKey(key) ? t(key) : type;
	};
	const rows = data.approvals.map((a) => [
		kind(a.type),
		{ text: localText(a.name, a.nameEn, lang) || kind(a.type) },
		t('steering.ownerValue', { name: a.submitterName, side: t(sideKey(a.submitterSide)) }),
		instant(lang, data.meta, a.submittedAt),
		a.overdue
			? { text: [a.dueDate, '\n', { text: t('steering.overdue'), bold: true }], color: LATE }
			: a.dueDate
	]);
	return [
		h1(t('steering.approvals')),
		rows.length
			? dataTable(
					[
						t('steering.col.type'),
						t('steering.col.object'),
						t('steering.col.submitted'),
						t('steering.col.submittedAt'),
						t('steering.col.reviewDue')
					],
					rows,
					[60, '*', 90, 90, 60]
				)
			: muted(t('doc.none'))
	];
}

function build(data: SteeringData, lang: Locale) {
	const t = tr(lang);
	const period = t('steering.dateRange', {
		from: formatDate(lang, data.from),
		to: formatDate(lang, data.to)
	});
	const body: Node[] = [
		para(
			t('steering.period', {
				from: formatDate(lang, data.from),
				to: formatDate(lang, data.to),
				today: formatDate(lang, data.today)
			})
		),
		h1(t('steering.summary')),
		para(
			t('doc.weekly.progressLine', {
				actual: data.actualProgress,
				planned: data.plannedProgress,
				delta: data.actualProgress - data.plannedProgress
			})
		),
		...phaseSection(data, lang),
		...milestoneSection(data, lang),
		...riskSection(data, lang),
		h1(t('steering.changes')),
		changeTable(data.changes, lang, { impacts: true }),
		h1(t('steering.decisionsNeeded')),
		h2(t('steering.pendingDecisions')),
		pendingTable(data.pending, lang),
		h2(t('steering.blockingIssues')),
		issueTable(data.blocking, lang),
		...approvalSection(data, lang)
	];
	return frameDocument(lang, data.meta, t('steering.kind'), body, {
		toc: true,
		facts: [{ label: t('steering.cover.period'), value: period }]
	});
}

export const steeringKind: DocumentKindDefinition<SteeringData> = {
	code: 'SC',
	titleKey: 'steering.kind',
	aboutKey: 'steering.about',
	deliverableKey: null,
	large: false,
	build
};
