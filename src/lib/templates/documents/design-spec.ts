import type { Locale, MessageKey } from '../../i18n';
import { ownerSideKey } from '../../i18n/labels';
import {
	FIT_VERDICTS,
	PRIORITIES,
	type BenefitDirection,
	type BenefitFrequency,
	type BurdenAnswer,
	type Channel,
	type FitVerdict,
	type OwnerSide,
	type Priority,
	type ProcessDomain,
	type RequirementCategory
} from '../../design/types';
import { approvalSection } from './approval';
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
import { inventoryOrder } from './diagnosis-report';
import { dataTable, frameDocument, h1, h2, muted, para, paraOr, tr } from './frame';
import type { DocumentKindDefinition, Node } from './model';

export interface BenefitLine {
	measure: string;
	unit: string;
	baseline: number | null;
	target: number | null;
	direction: BenefitDirection;
	/** How it is measured, how often, and who answers for it: what the monitoring phase needs to track it. */
	method: string;
	frequency: BenefitFrequency | null;
	ownerName: string;
}

export interface PainRef {
	code: string;
	title: string;
	severity: number;
}

export interface ToBeProcessLine {
	id: string;
	/** TB-001 */
	code: string;
	name: string;
	domain: ProcessDomain;
	parentId: string | null;
	inScope: boolean;
	description: string;
	/** The as-is process it replaces. */
	asIs: { code: string; name: string } | null;
	ownerDepartment: string;
	ownerName: string;
	channels: Channel[];
	burdenAnswer: BurdenAnswer | null;
	burdenReason: string;
	benefits: BenefitLine[];
	resolves: PainRef[];
	steps: DesignStepLine[];
	diagram: DesignDiagram | null;
}

export interface RequirementLine {
	/** REQ-001 */
	code: string;
	title: string;
	processId: string | null;
	stepName: string | null;
	category: RequirementCategory;
	priority: Priority;
	acceptance: string;
	requestedBySide: OwnerSide;
	fit: FitVerdict | null;
	fitReason: string;
}

export interface DesignSpecData extends DesignDocumentBase {
	processes: ToBeProcessLine[];
	requirements: RequirementLine[];
	/** Severe pain points no to-be process resolves and nobody deferred. */
	gaps: (PainRef & { processCode: string })[];
}

const fitText = (lang: Locale, fit: FitVerdict | null) =>
	tr(lang)(`design.fit.${fit ?? 'none'}` as MessageKey);

function requirementTable(rows: readonly RequirementLine[], lang: Locale): Node {
	const t = tr(lang);
	if (!rows.length) return muted(t('doc.none'));
	return dataTable(
		[
			t('designDoc.col.code'),
			t('designDoc.col.requirement'),
			t('designDoc.col.category'),
			t('designDoc.col.priority'),
			t('designDoc.col.requestedBy'),
			t('designDoc.col.fit')
		],
		rows.map((r) => [
			r.code,
			{
				text: [
					r.title,
					...(r.stepName
						? ['\n', { text: t('designDoc.req.step', { step: r.stepName }), color: '#52606d' }]
						: []),
					...(r.acceptance.trim()
						? ['\n', { text: t('designDoc.req.acceptance', { text: r.acceptance }), color: '#52606d' }]
						: [])
				]
			},
			t(`design.category.${r.category}` as MessageKey),
			t(`design.priority.${r.priority}` as MessageKey),
			t(ownerSideKey(r.requestedBySide)),
			{
				text: [
					{ text: fitText(lang, r.fit), bold: r.fit === 'development' || r.fit === 'notImplemented' },
					...(r.fitReason.trim() ? ['\n', { text: r.fitReason, color: '#52606d' }] : [])
				]
			}
		]),
		[44, '*', 40, 32, 36, 100],
		{ fontSize: 7.5 }
	);
}

/** Counts by verdict (rows, 未分析 first) and priority (columns). */
function fitSummary(requirements: readonly RequirementLine[], lang: Locale): Node {
	const t = tr(lang);
	const verdicts = [null, ...FIT_VERDICTS] as const;
	return dataTable(
		[
			t('designDoc.col.fit'),
			...PRIORITIES.map((p) => t(`design.priority.${p}` as MessageKey)),
			t('designDoc.total')
		],
		verdicts.map((v) => {
			const of = requirements.filter((r) => r.fit === v);
			return [
				fitText(lang, v),
				...PRIORITIES.map((p) => String(of.filter((r) => r.priority === p).length)),
				{ text: String(of.length), bold: true }
			];
		}),
		['*', 44, 44, 44, 44, 44]
	);
}

function overview(data: DesignSpecData, lang: Locale, reqCount: Map<string, number>): Node {
	const t = tr(lang);
	if (!data.processes.length) return muted(t('designDoc.noProcesses'));
	return dataTable(
		[
			t('designDoc.col.code'),
			t('designDoc.col.process'),
			t('designDoc.col.domain'),
			t('designDoc.col.replaces'),
			t('designDoc.col.resolves'),
			t('designDoc.col.burden'),
			t('designDoc.col.steps'),
			t('designDoc.col.requirements')
		],
		inventoryOrder(data.processes).map(({ process: p, depth }) => [
			p.code,
			{ text: p.name, margin: [depth * 10, 0, 0, 0] },
			domainLabel(lang, p.domain),
			p.asIs ? p.asIs.code : '—',
			{ text: p.resolves.map((r) => r.code).join(' ') || '—' },
			p.burdenAnswer ? t(`design.burden.${p.burdenAnswer}` as MessageKey) : t('designDoc.burden.unanswered'),
			String(p.steps.length),
			String(reqCount.get(p.id) ?? 0)
		]),
		[38, '*', 40, 40, 62, 60, 28, 56],
		{ fontSize: 7.5 }
	);
}

function processDetail(p: ToBeProcessLine, data: DesignSpecData, lang: Locale): Node[] {
	const t = tr(lang);
	const fact = (key: MessageKey, value: string) => [{ text: t(key), bold: true }, { text: orDash(value) }];
	const benefits = p.benefits.length
		? dataTable(
				[
					t('designDoc.col.measure'),
					t('designDoc.col.unit'),
					t('designDoc.col.baseline'),
					t('designDoc.col.target'),
					t('designDoc.col.direction'),
					t('designDoc.col.method'),
					t('designDoc.col.cadence'),
					t('designDoc.col.measureOwner')
				],
				p.benefits.map((b) => [
					{ text: b.measure },
					{ text: orDash(b.unit) },
					b.baseline === null ? '—' : String(b.baseline),
					b.target === null ? '—' : String(b.target),
					t(`design.direction.${b.direction}` as MessageKey),
					{ text: orDash(b.method) },
					b.frequency ? t(`design.cadence.${b.frequency}` as MessageKey) : '—',
					{ text: orDash(b.ownerName) }
				]),
				['*', 30, 36, 36, 44, '*', 34, 50],
				{ fontSize: 7.5 }
			)
		: muted(t('doc.none'));
	const resolves = p.resolves.length
		? dataTable(
				[t('designDoc.col.code'), t('designDoc.col.painPoint'), t('designDoc.col.severity')],
				p.resolves.map((r) => [r.code, { text: r.title }, String(r.severity)]),
				[44, '*', 44]
			)
		: muted(t('designDoc.resolves.none'));
	return [
		h2(`${p.code} ${p.name}`),
		{
			table: {
				widths: [90, '*'],
				body: [
					fact('designDoc.col.domain', domainLabel(lang, p.domain)),
					fact('designDoc.col.replaces', p.asIs ? `${p.asIs.code} ${p.asIs.name}` : ''),
					fact('designDoc.col.owner', [p.ownerDepartment, p.ownerName].filter((s) => s.trim()).join(' / ')),
					fact('designDoc.col.channels', p.channels.map((c) => channelLabel(lang, c)).join(punct(lang).list))
				]
			},
			layout: 'workbench',
			fontSize: 8.5,
			margin: [0, 2, 0, 6]
		},
		label(t('designDoc.description')),
		paraOr(p.description, lang),
		label(t('designDoc.burden')),
		para(
			p.burdenAnswer
				? t('designDoc.burden.answer', {
						answer: t(`design.burden.${p.burdenAnswer}` as MessageKey),
						reason: p.burdenReason.trim() || '—'
					})
				: t('designDoc.burden.unanswered')
		),
		label(t('designDoc.resolves')),
		resolves,
		label(t('designDoc.benefits')),
		benefits,
		...diagramAndSteps(p.diagram, p.steps, data.meta, lang, true),
		label(t('designDoc.requirements')),
		requirementTable(
			data.requirements.filter((r) => r.processId === p.id),
			lang
		)
	];
}

function build(data: DesignSpecData, lang: Locale) {
	const t = tr(lang);
	const reqCount = new Map<string, number>();
	for (const r of data.requirements)
		if (r.processId) reqCount.set(r.processId, (reqCount.get(r.processId) ?? 0) + 1);
	const ids = new Set(data.processes.map((p) => p.id));
	const unlinked = data.requirements.filter((r) => !r.processId || !ids.has(r.processId));
	const body: Node[] = [
		h1(t('designDoc.summary')),
		para(
			t('designDoc.spec.summary', {
				processes: data.processes.length,
				resolved: new Set(data.processes.flatMap((p) => p.resolves.map((r) => r.code))).size,
				requirements: data.requirements.length,
				gaps: data.gaps.length
			})
		),
		muted(t('designDoc.spec.principle')),
		h1(t('designDoc.toBeOverview')),
		overview(data, lang, reqCount),
		h1(t('designDoc.gaps')),
		data.gaps.length
			? dataTable(
					[
						t('designDoc.col.code'),
						t('designDoc.col.painPoint'),
						t('designDoc.col.process'),
						t('designDoc.col.severity')
					],
					data.gaps.map((g) => [g.code, { text: g.title }, g.processCode, String(g.severity)]),
					[44, '*', 50, 44]
				)
			: muted(t('designDoc.gaps.none')),
		h1(t('designDoc.fitSummary')),
		fitSummary(data.requirements, lang),
		h1(t('designDoc.toBeDetails')),
		...(data.processes.length
			? inventoryOrder(data.processes).flatMap(({ process }) => processDetail(process, data, lang))
			: [muted(t('designDoc.noProcesses'))]),
		...(unlinked.length ? [h1(t('designDoc.unlinkedRequirements')), requirementTable(unlinked, lang)] : []),
		...approvalSection(data.approval, data.meta, lang)
	];
	return frameDocument(lang, data.meta, t('designDoc.spec.kind'), body, { toc: true, keepHeadings: true });
}

export const designSpecKind: DocumentKindDefinition<DesignSpecData> = {
	code: 'DS',
	titleKey: 'designDoc.spec.kind',
	aboutKey: 'designDoc.spec.about',
	deliverableKey: 'redesign.tobe',
	large: true,
	build
};
