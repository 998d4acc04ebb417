import { formatDate, type Locale } from '../../i18n';
import { ownerSideKey } from '../../i18n/labels';
import { dataTable, frameDocument, h1, muted, para, tr } from './frame';
import { ganttChart, ganttLegend } from './gantt';
import type { DocumentKindDefinition, DocumentMeta, Node } from './model';
import type { PlanRow } from './plan-row';

export type { PlanRow } from './plan-row';

export interface PlanData {
	meta: DocumentMeta;
	rows: PlanRow[];
	baseline: { name: string; createdAt: string } | null;
	/** Where the "today" line is drawn; null to leave it out. */
	today: string | null;
}

export function planTable(rows: PlanRow[], lang: Locale): Node {
	const t = tr(lang);
	const body: Node[][] = rows.map((r) => [
		r.wbs,
		{ text: r.name, margin: [r.depth * 6, 0, 0, 0], bold: r.summary },
		t(ownerSideKey(r.ownerSide)),
		r.start,
		r.finish,
		{ text: String(r.durationDays), alignment: 'right' },
		{ text: `${r.progress}%`, alignment: 'right' },
		r.critical ? { text: t('doc.plan.critical'), color: '#b42318' } : ''
	]);
	const headers = [
		t('doc.col.wbs'),
		t('doc.col.task'),
		t('doc.col.side'),
		t('doc.col.start'),
		t('doc.col.finish'),
		t('doc.col.days'),
		t('doc.col.progress'),
		t('doc.plan.critical')
	];
	return dataTable(headers, body, [42, '*', 36, 56, 56, 30, 36, 32], { fontSize: 8 });
}

function build(data: PlanData, lang: Locale) {
	const t = tr(lang);
	const leaves = data.rows.filter((r) => !r.summary);
	const start = data.rows.reduce(
		(m, r) => (r.start < m ? r.start : m),
		data.rows[0]?.start ?? data.meta.date
	);
	const finish = data.rows.reduce(
		(m, r) => (r.finish > m ? r.finish : m),
		data.rows[0]?.finish ?? data.meta.date
	);
	const legend = ganttLegend({
		planned: t('doc.plan.legendPlanned'),
		critical: t('doc.plan.legendCritical'),
		baseline: t('doc.plan.legendBaseline'),
		progress: t('doc.plan.legendProgress'),
		milestone: t('doc.plan.legendMilestone')
	});
	const body: Node[] = [
		h1(t('doc.plan.summary')),
		para(
			t('doc.plan.span', {
				start: formatDate(lang, start),
				finish: formatDate(lang, finish),
				count: data.rows.length,
				critical: leaves.filter((r) => r.critical).length
			})
		),
		data.baseline
			? para(
					t('doc.plan.baselineOf', {
						name: data.baseline.name,
						date: formatDate(lang, data.baseline.createdAt.slice(0, 10))
					})
				)
			: muted(t('doc.plan.noBaseline')),
		h1(t('doc.plan.table')),
		data.rows.length ? planTable(data.rows, lang) : muted(t('doc.none')),
		{ ...(h1(t('doc.plan.gantt')) as object), pageBreak: 'before' },
		ganttChart(data.rows, data.today, { task: t('doc.col.task'), legend })
	];
	return {
		...frameDocument(lang, data.meta, t('doc.kind.plan'), body, { landscape: true, toc: true }),
		rows: data.rows.length * 2
	};
}

export const planKind: DocumentKindDefinition<PlanData> = {
	code: 'PL',
	titleKey: 'doc.kind.plan',
	aboutKey: 'doc.about.plan',
	deliverableKey: 'kickoff.masterplan',
	large: true,
	build
};
