import { formatNumber, type Locale } from '../../i18n';
import { sideKey } from '../../i18n/labels';
import { localName } from '../../i18n/local-name';
import { GAP_THRESHOLD, type ReadinessSummary } from '../../phases/readiness';
import { SIDES } from '../../raci/sides';
import { isStatusOf } from '../../register/types';
import { dataTable, frameDocument, h1, h2, muted, para, tr } from './frame';
import type { DocumentKindDefinition, DocumentMeta, Node } from './model';

export interface ReadinessData {
	meta: DocumentMeta;
	factors: { id: string; name: string; nameEn: string | null; weight: number }[];
	summary: ReadinessSummary;
	/** The register risks readiness raised (ReadinessRiskView), each with its code, score and owner. */
	risks: {
		code: string;
		title: string;
		status: string;
		probability: number | null;
		impact: number | null;
		score: number | null;
		ownerName: string | null;
	}[];
}

const score = (lang: Locale, n: number | null) =>
	n === null ? '—' : formatNumber(lang, n, { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** How the combined scores and the index come about, with this report's own numbers to recompute them by hand. */
function method(data: ReadinessData, lang: Locale): Node[] {
	const t = tr(lang);
	const names = new Map(data.factors.map((f) => [f.id, localName(f, lang)]));
	const scored = data.summary.factors.filter((f) => f.mean !== null);
	const out: Node[] = [para(t('handover.readiness.methodText'))];
	// The example is the factor where most sides scored: it shows the consultant's column counting too.
	const example = [...scored].sort((a, b) => sidesScored(b).length - sidesScored(a).length)[0];
	if (example) {
		const sides = sidesScored(example);
		out.push(
			para(
				t('handover.readiness.example', {
					factor: names.get(example.factorId) ?? '',
					scores: sides.map((m) => score(lang, m)).join(' + '),
					count: sides.length,
					mean: score(lang, example.mean)
				})
			)
		);
	}
	if (scored.length && data.summary.index !== null) {
		const weights = scored.reduce((n, f) => n + f.weight, 0);
		const terms = scored.map((f) => `${formatNumber(lang, f.weight)} × ${score(lang, f.mean)}`).join(' + ');
		out.push(
			para(
				t('handover.readiness.indexSum', {
					numerator: `(${terms})`,
					weights: formatNumber(lang, weights),
					index: score(lang, data.summary.index)
				})
			)
		);
	}
	return out;
}

const sidesScored = (f: ReadinessSummary['factors'][number]) =>
	SIDES.flatMap((side) => (f.bySide[side].mean === null ? [] : [f.bySide[side].mean as number]));

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
			{ text: score(lang, s?.bySide.consultant.mean ?? null), alignment: 'right' },
			{ text: score(lang, s?.mean ?? null), alignment: 'right', bold: true },
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
		t(sideKey('consultant')),
		t('doc.col.mean'),
		t('doc.col.gap')
	];
	// The bottom row: each column weighted as the index is, so the reader sees every input of the index.
	const right = (text: string) => ({ text, alignment: 'right', bold: true });
	rows.push([
		{ text: t('handover.readiness.weighted'), bold: true },
		right(
			formatNumber(
				lang,
				data.factors.reduce((n, f) => n + (byId.get(f.id)?.mean == null ? 0 : f.weight), 0)
			)
		),
		right(score(lang, summary.bySide.client)),
		right(score(lang, summary.bySide.vendor)),
		right(score(lang, summary.bySide.consultant)),
		right(score(lang, summary.index)),
		''
	]);
	const risks = data.risks.map((r) => [
		`${r.code} ${r.title}`,
		r.score === null ? '—' : `${r.probability} × ${r.impact} = ${r.score}`,
		r.ownerName ?? t('raidViews.noOwner'),
		t(isStatusOf('risk', r.status) ? `raid.status.${r.status}` : 'raid.status.identified')
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
		dataTable(headers, rows, ['*', 36, 44, 44, 58, 40, 44]),
		muted(t('doc.readiness.gapNote', { threshold: GAP_THRESHOLD })),
		h2(t('handover.readiness.method')),
		...method(data, lang),
		h1(t('doc.readiness.risks')),
		risks.length
			? dataTable(
					[t('doc.col.risk'), t('raid.field.score'), t('raid.field.owner'), t('doc.col.status')],
					risks,
					['*', 70, 60, 50]
				)
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
