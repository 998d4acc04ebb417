import { formatNumber, type Locale } from '../../i18n';
import { sideKey } from '../../i18n/labels';
import { localName, localText } from '../../i18n/local-name';
import { GAP_THRESHOLD, type ReadinessSummary } from '../../phases/readiness';
import { dataTable, frameDocument, h1, muted, para, tr } from './frame';
import type { DocumentKindDefinition, DocumentMeta, Node } from './model';

export interface ReadinessData {
	meta: DocumentMeta;
	factors: { id: string; name: string; nameEn: string | null; weight: number }[];
	summary: ReadinessSummary;
	risks: { title: string; titleEn: string | null; severity: string; status: string }[];
}

const score = (lang: Locale, n: number | null) =>
	n === null ? '—' : formatNumber(lang, n, { maximumFractionDigits: 1, minimumFractionDigits: 1 });

function build(data: ReadinessData, lang: Locale) {
	const t = tr(lang);
	const { summary } = data;
	const byId = new Map(summary.factors.map((f) => [f.factorId, f]));
	const rows: Node[][] = data.factors.map((f) => {
		const s = byId.get(f.id);
		const gap = s?.gap ?? null;
		return [
			localName(f, lang),
			{ text: formatNumber(lang, f.weight), alignment: 'right' },
			{ text: score(lang, s?.bySide.client.mean ?? null), alignment: 'right' },
			{ text: score(lang, s?.bySide.vendor.mean ?? null), alignment: 'right' },
			{ text: score(lang, s?.mean ?? null), alignment: 'right' },
			{
				text: `${score(lang, gap)}${s?.perceptionGap ? ' ▲' : ''}`,
				alignment: 'right',
				bold: Boolean(s?.perceptionGap),
				color: s?.perceptionGap ? '#b42318' : undefined
			}
		];
	});
	const headers = [
		t('doc.col.factor'),
		t('doc.readiness.weight'),
		t(sideKey('client')),
		t(sideKey('vendor')),
		t('doc.col.mean'),
		t('doc.col.gap')
	];
	const risks = data.risks.map((r) => [
		localText(r.title, r.titleEn, lang),
		t(r.severity === 'high' ? 'readiness.severity.high' : 'readiness.severity.medium'),
		t(r.status === 'open' ? 'readiness.status.open' : 'readiness.status.closed')
	]);
	const body: Node[] = [
		h1(t('doc.readiness.factors')),
		summary.index === null
			? muted(t('doc.readiness.notScored'))
			: para(
					t('doc.readiness.index', {
						index: score(lang, summary.index),
						percent: Math.round(summary.indexPercent ?? 0)
					})
				),
		dataTable(headers, rows, ['*', 40, 50, 50, 50, 50]),
		muted(t('doc.readiness.gapNote', { threshold: GAP_THRESHOLD })),
		h1(t('doc.readiness.risks')),
		risks.length
			? dataTable([t('doc.col.risk'), t('doc.col.severity'), t('doc.col.status')], risks, ['*', 50, 60])
			: muted(t('doc.none'))
	];
	return frameDocument(lang, data.meta, t('doc.kind.readiness'), body);
}

export const readinessKind: DocumentKindDefinition<ReadinessData> = {
	code: 'RA',
	titleKey: 'doc.kind.readiness',
	aboutKey: 'doc.about.readiness',
	deliverableKey: 'readiness.assessment',
	large: false,
	build
};
