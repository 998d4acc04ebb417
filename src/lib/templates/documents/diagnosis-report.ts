import { formatNumber, type Locale, type MessageKey } from '../../i18n';
import type { PainPointState } from '../../design/rules';
import {
	PROCESS_DOMAINS,
	SEVERE_PAIN,
	type Channel,
	type EvidenceKind,
	type ProcessDomain
} from '../../design/types';
import { approvalSection } from './approval';
import { channelAnalysis, priorityGrid } from './diagnosis-analysis';
import {
	channelLabel,
	diagramAndSteps,
	domainLabel,
	label,
	orDash,
	punct,
	type DesignDiagram,
	type DesignDocumentBase,
	type DesignStepLine
} from './design-common';
import { dataTable, frameDocument, h1, h2, muted, para, paraOr, tr } from './frame';
import type { DocumentKindDefinition, Node } from './model';

export { channelAnalysis, type ChannelLine } from './diagnosis-analysis';

export interface AsIsProcessLine {
	id: string;
	/** AS-001 */
	code: string;
	name: string;
	domain: ProcessDomain;
	parentId: string | null;
	inScope: boolean;
	description: string;
	ownerDepartment: string;
	ownerName: string;
	channels: Channel[];
	volumePerMonth: number | null;
	cycleTimeHours: number | null;
	costPerCase: number | null;
	policies: string;
	steps: DesignStepLine[];
	diagram: DesignDiagram | null;
}

export interface PainPointLine {
	/** PP-001 */
	code: string;
	title: string;
	processId: string;
	/** The step it was found at, when one was named. */
	stepName: string | null;
	channel: Channel | null;
	severity: number;
	frequency: number;
	burdensCustomer: boolean;
	customerEffect: string;
	rootCause: string;
	evidenceKind: EvidenceKind;
	evidence: string;
	state: PainPointState;
}

export interface InterviewLine {
	heldOn: string;
	interviewee: string;
	intervieweeRole: string;
	department: string;
	interviewer: string;
	/** Codes of the processes it covers. */
	processCodes: string[];
	notes: string;
}

export interface DiagnosisReportData extends DesignDocumentBase {
	processes: AsIsProcessLine[];
	interviews: InterviewLine[];
	painPoints: PainPointLine[];
}

/** The inventory's reading order: domain, then each process followed by its sub-processes, depth for indent. */
export function inventoryOrder<P extends { id: string; parentId: string | null; domain: ProcessDomain }>(
	processes: readonly P[]
): { process: P; depth: number }[] {
	const ids = new Set(processes.map((p) => p.id));
	const children = new Map<string, P[]>();
	for (const p of processes)
		if (p.parentId && ids.has(p.parentId)) children.set(p.parentId, [...(children.get(p.parentId) ?? []), p]);
	const out: { process: P; depth: number }[] = [];
	const seen = new Set<string>();
	const walk = (p: P, depth: number) => {
		if (seen.has(p.id)) return;
		seen.add(p.id);
		out.push({ process: p, depth });
		for (const c of children.get(p.id) ?? []) walk(c, depth + 1);
	};
	for (const domain of PROCESS_DOMAINS)
		for (const p of processes) if (p.domain === domain && !(p.parentId && ids.has(p.parentId))) walk(p, 0);
	// Whatever a broken hierarchy left unreached still prints, at the top level.
	for (const p of processes) walk(p, 0);
	return out;
}

/** Priority of a pain point on the severity × frequency grid: the product, severity breaking ties. */
export function prioritised<P extends Pick<PainPointLine, 'severity' | 'frequency' | 'code'>>(
	points: readonly P[]
): P[] {
	return [...points].sort(
		(a, b) =>
			b.severity * b.frequency - a.severity * a.frequency ||
			b.severity - a.severity ||
			a.code.localeCompare(b.code)
	);
}

const num = (lang: Locale, n: number | null) => (n === null ? '—' : formatNumber(lang, n));

function inventory(data: DiagnosisReportData, lang: Locale, pains: Map<string, number>): Node[] {
	const t = tr(lang);
	if (!data.processes.length) return [muted(t('designDoc.noProcesses'))];
	const rows = inventoryOrder(data.processes).map(({ process: p, depth }) => [
		p.code,
		{ text: p.name, margin: [depth * 10, 0, 0, 0], color: p.inScope ? undefined : '#6b7680' },
		domainLabel(lang, p.domain),
		{ text: [p.ownerDepartment, p.ownerName].filter((s) => s.trim()).join(' / ') || '—' },
		{ text: p.channels.map((c) => channelLabel(lang, c)).join(punct(lang).list) || '—' },
		num(lang, p.volumePerMonth),
		num(lang, p.cycleTimeHours),
		num(lang, p.costPerCase),
		String(p.steps.length),
		String(pains.get(p.id) ?? 0)
	]);
	return [
		dataTable(
			[
				t('designDoc.col.code'),
				t('designDoc.col.process'),
				t('designDoc.col.domain'),
				t('designDoc.col.owner'),
				t('designDoc.col.channels'),
				t('designDoc.col.volume'),
				t('designDoc.col.cycleTime'),
				t('designDoc.col.cost'),
				t('designDoc.col.steps'),
				t('designDoc.col.painPoints')
			],
			rows,
			[38, '*', 42, 60, 60, 36, 34, 34, 24, 24],
			{ fontSize: 7.5 }
		),
		muted(t('designDoc.inventory.note'))
	];
}

function channels(data: DiagnosisReportData, lang: Locale): Node[] {
	const t = tr(lang);
	const lines = channelAnalysis(data.processes, data.painPoints);
	if (!lines.length) return [muted(t('doc.none'))];
	const table = dataTable(
		[
			t('designDoc.col.channel'),
			t('designDoc.col.processes'),
			t('designDoc.col.volume'),
			t('designDoc.col.painPoints'),
			t('designDoc.col.severe')
		],
		lines.map((c) => [
			channelLabel(lang, c.channel),
			{ text: c.processCodes.join(' ') || '—' },
			{
				text: [
					formatNumber(lang, c.volumePerMonth),
					...(c.unknownVolume
						? [
								'\n',
								{ text: t('designDoc.channels.unknownVolume', { count: c.unknownVolume }), color: '#52606d' }
							]
						: [])
				]
			},
			String(c.painPoints),
			String(c.severe)
		]),
		[60, '*', 70, 44, 44]
	);
	return [table, muted(t('designDoc.channels.note'))];
}

function interviews(data: DiagnosisReportData, lang: Locale): Node {
	const t = tr(lang);
	if (!data.interviews.length) return muted(t('doc.none'));
	return dataTable(
		[
			t('designDoc.col.date'),
			t('designDoc.col.interviewee'),
			t('designDoc.col.department'),
			t('designDoc.col.interviewer'),
			t('designDoc.col.processes')
		],
		data.interviews.map((i) => [
			i.heldOn,
			{
				text: [
					[i.interviewee, i.intervieweeRole].filter((s) => s.trim()).join('，'),
					...(i.notes.trim() ? ['\n', { text: i.notes, color: '#52606d' }] : [])
				]
			},
			{ text: orDash(i.department) },
			{ text: orDash(i.interviewer) },
			{ text: i.processCodes.join(' ') || '—' }
		]),
		[56, '*', 70, 56, 80]
	);
}

function painPointTable(data: DiagnosisReportData, lang: Locale, codes: Map<string, string>): Node {
	const t = tr(lang);
	if (!data.painPoints.length) return muted(t('doc.none'));
	return dataTable(
		[
			t('designDoc.col.code'),
			t('designDoc.col.painPoint'),
			t('designDoc.col.process'),
			t('designDoc.col.severity'),
			t('designDoc.col.frequency'),
			t('designDoc.col.burden'),
			t('designDoc.col.rootCause'),
			t('designDoc.col.evidence'),
			t('designDoc.col.state')
		],
		prioritised(data.painPoints).map((p) => [
			p.code,
			{
				text: [
					{ text: p.title, bold: p.severity >= SEVERE_PAIN },
					...(p.customerEffect.trim() ? ['\n', { text: p.customerEffect, color: '#52606d' }] : [])
				]
			},
			{
				text: [
					codes.get(p.processId) ?? '—',
					...(p.stepName ? ['\n', { text: p.stepName, color: '#52606d' }] : []),
					...(p.channel ? ['\n', { text: channelLabel(lang, p.channel), color: '#52606d' }] : [])
				]
			},
			String(p.severity),
			t(`design.frequency.${p.frequency}` as MessageKey),
			t(p.burdensCustomer ? 'designDoc.yes' : 'designDoc.no'),
			{ text: orDash(p.rootCause) },
			{
				text: `${t(`design.evidence.${p.evidenceKind}` as MessageKey)}${p.evidence.trim() ? punct(lang).colon + p.evidence : ''}`
			},
			t(`design.painStatus.${p.state}` as MessageKey)
		]),
		[34, '*', 34, 36, 44, 44, 64, 64, 44],
		{ fontSize: 7.5 }
	);
}

function processDetail(p: AsIsProcessLine, data: DiagnosisReportData, lang: Locale): Node[] {
	const t = tr(lang);
	const fact = (key: MessageKey, value: string) => [{ text: t(key), bold: true }, { text: orDash(value) }];
	return [
		h2(`${p.code} ${p.name}`),
		{
			table: {
				widths: [90, '*'],
				body: [
					fact('designDoc.col.domain', domainLabel(lang, p.domain)),
					fact('designDoc.fact.scope', t(p.inScope ? 'designDoc.inScope' : 'designDoc.outOfScope')),
					fact('designDoc.col.owner', [p.ownerDepartment, p.ownerName].filter((s) => s.trim()).join(' / ')),
					fact('designDoc.col.channels', p.channels.map((c) => channelLabel(lang, c)).join(punct(lang).list)),
					fact('designDoc.col.volume', num(lang, p.volumePerMonth)),
					fact('designDoc.col.cycleTime', num(lang, p.cycleTimeHours)),
					fact('designDoc.col.cost', num(lang, p.costPerCase)),
					fact('designDoc.fact.policies', p.policies)
				]
			},
			layout: 'workbench',
			fontSize: 8.5,
			margin: [0, 2, 0, 6]
		},
		label(t('designDoc.description')),
		paraOr(p.description, lang),
		...diagramAndSteps(p.diagram, p.steps, data.meta, lang, false)
	];
}

function build(data: DiagnosisReportData, lang: Locale) {
	const t = tr(lang);
	const pains = new Map<string, number>();
	for (const p of data.painPoints) pains.set(p.processId, (pains.get(p.processId) ?? 0) + 1);
	const codes = new Map(data.processes.map((p) => [p.id, p.code]));
	const body: Node[] = [
		h1(t('designDoc.summary')),
		para(
			t('designDoc.diagnosis.summary', {
				processes: data.processes.length,
				inScope: data.processes.filter((p) => p.inScope).length,
				painPoints: data.painPoints.length,
				severe: data.painPoints.filter((p) => p.severity >= SEVERE_PAIN).length,
				interviews: data.interviews.length
			})
		),
		h1(t('designDoc.inventory')),
		...inventory(data, lang, pains),
		h1(t('designDoc.channels')),
		...channels(data, lang),
		h1(t('designDoc.interviews')),
		interviews(data, lang),
		h1(t('designDoc.painPoints')),
		...priorityGrid(data.painPoints, lang),
		muted(t('designDoc.painPoints.order')),
		painPointTable(data, lang, codes),
		h1(t('designDoc.asIsDetails')),
		...(data.processes.length
			? inventoryOrder(data.processes).flatMap(({ process }) => processDetail(process, data, lang))
			: [muted(t('designDoc.noProcesses'))]),
		...approvalSection(data.approval, data.meta, lang)
	];
	return frameDocument(lang, data.meta, t('designDoc.diagnosis.kind'), body, {
		toc: true,
		keepHeadings: true
	});
}

export const diagnosisReportKind: DocumentKindDefinition<DiagnosisReportData> = {
	code: 'DR',
	titleKey: 'designDoc.diagnosis.kind',
	aboutKey: 'designDoc.diagnosis.about',
	deliverableKey: 'diagnosis.report',
	large: true,
	build
};
