import type { Locale, MessageKey } from '../../i18n';
import { ownerSideKey } from '../../i18n/labels';
import {
	CUSTOMISATION_STATUSES,
	CUSTOMISATION_TYPES,
	type CustomisationStatus,
	type CustomisationType,
	type OwnerSide
} from '../../design/types';
import { approvalSection } from './approval';
import { orDash, punct, type DesignDocumentBase } from './design-common';
import { dataTable, frameDocument, h1, muted, para, tr } from './frame';
import type { DocumentKindDefinition, Node } from './model';

export interface CustomisationLine {
	/** CU-001 */
	code: string;
	title: string;
	description: string;
	type: CustomisationType;
	ownerSide: OwnerSide;
	developer: string;
	estimateDays: number | null;
	status: CustomisationStatus;
	/** Integrations: the systems involved (呼叫中心, ERP). */
	systems: string[];
	requirements: { code: string; title: string }[];
	/** The plan task that builds it, with its dates as the plan has them now. */
	task: { name: string; start: string; finish: string; progress: number } | null;
}

export interface CustomisationListData extends DesignDocumentBase {
	customisations: CustomisationLine[];
}

/** Person-days to one decimal, as estimates are entered. */
const days = (n: number) => String(Math.round(n * 10) / 10);

/** Estimate totals of the work still counted: everything but what was cancelled. */
export function estimateTotals(
	items: readonly Pick<CustomisationLine, 'estimateDays' | 'status' | 'type'>[]
) {
	const counted = items.filter((c) => c.status !== 'cancelled');
	const sum = (list: typeof counted) => list.reduce((n, c) => n + (c.estimateDays ?? 0), 0);
	return {
		counted: counted.length,
		total: sum(counted),
		done: sum(counted.filter((c) => c.status === 'done')),
		unestimated: counted.filter((c) => c.estimateDays === null).length,
		byType: CUSTOMISATION_TYPES.map((type) => {
			const of = items.filter((c) => c.type === type);
			return { type, count: of.length, days: sum(of.filter((c) => c.status !== 'cancelled')) };
		}),
		byStatus: CUSTOMISATION_STATUSES.map((status) => {
			const of = items.filter((c) => c.status === status);
			return { status, count: of.length, days: of.reduce((n, c) => n + (c.estimateDays ?? 0), 0) };
		})
	};
}

/** The bold last row of a summary table. */
const totalRow = (label: string, count: number, estimate: number): Node[] =>
	[label, String(count), days(estimate)].map((text) => ({ text, bold: true }));

function itemTable(data: CustomisationListData, lang: Locale): Node {
	const t = tr(lang);
	if (!data.customisations.length) return muted(t('doc.none'));
	const grey = (text: string) => ({ text, color: '#52606d' });
	return dataTable(
		[
			t('designDoc.col.code'),
			t('designDoc.col.customisation'),
			t('designDoc.col.type'),
			t('designDoc.col.requirements'),
			t('designDoc.col.developer'),
			t('designDoc.col.estimate'),
			t('designDoc.col.status'),
			t('designDoc.col.task')
		],
		data.customisations.map((c) => [
			c.code,
			{
				text: [
					{ text: c.title, bold: true },
					...(c.description.trim() ? ['\n', grey(c.description)] : []),
					...(c.systems.length
						? ['\n', grey(t('designDoc.custom.systems', { systems: c.systems.join(punct(lang).list) }))]
						: [])
				]
			},
			t(`design.customType.${c.type}` as MessageKey),
			{ text: c.requirements.map((r) => `${r.code} ${r.title}`).join('\n') || '—' },
			{ text: `${t(ownerSideKey(c.ownerSide))}\n${orDash(c.developer)}` },
			c.estimateDays === null ? '—' : days(c.estimateDays),
			t(`design.customStatus.${c.status}` as MessageKey),
			c.task
				? {
						text: t('designDoc.custom.task', {
							start: c.task.start,
							finish: c.task.finish,
							progress: c.task.progress
						})
					}
				: t('designDoc.custom.noTask')
		]),
		[34, '*', 42, 84, 50, 34, 48, 62],
		{ fontSize: 7.5 }
	);
}

function build(data: CustomisationListData, lang: Locale) {
	const t = tr(lang);
	const totals = estimateTotals(data.customisations);
	const body: Node[] = [
		h1(t('designDoc.summary')),
		para(
			t('designDoc.custom.summary', {
				count: data.customisations.length,
				total: days(totals.total),
				done: days(totals.done),
				unestimated: totals.unestimated
			})
		),
		h1(t('designDoc.custom.byType')),
		dataTable(
			[t('designDoc.col.type'), t('designDoc.col.count'), t('designDoc.col.estimateCounted')],
			[
				...totals.byType.map((r) => [
					t(`design.customType.${r.type}` as MessageKey),
					String(r.count),
					days(r.days)
				]),
				totalRow(t('designDoc.total'), data.customisations.length, totals.total)
			],
			['*', 60, 100]
		),
		h1(t('designDoc.custom.byStatus')),
		dataTable(
			[t('designDoc.col.status'), t('designDoc.col.count'), t('designDoc.col.estimate')],
			[
				...totals.byStatus.map((r) => [
					t(`design.customStatus.${r.status}` as MessageKey),
					String(r.count),
					days(r.days)
				]),
				totalRow(t('designDoc.custom.totalCounted'), totals.counted, totals.total)
			],
			['*', 60, 100]
		),
		h1(t('designDoc.custom.items')),
		itemTable(data, lang),
		...approvalSection(data.approval, data.meta, lang)
	];
	return frameDocument(lang, data.meta, t('designDoc.custom.kind'), body, { toc: true, keepHeadings: true });
}

export const customisationListKind: DocumentKindDefinition<CustomisationListData> = {
	code: 'CL',
	titleKey: 'designDoc.custom.kind',
	aboutKey: 'designDoc.custom.about',
	deliverableKey: 'redesign.customisations',
	large: false,
	build
};
