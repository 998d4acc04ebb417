import type { Locale } from '../../i18n';
import { roleKey, sideKey } from '../../i18n/labels';
import { localName } from '../../i18n/local-name';
import { describeIssue } from '../../raci/issue-text';
import { valueAt, type RaciMatrix } from '../../raci/matrix';
import { evaluateRaci } from '../../raci/rules';
import { SIDES } from '../../raci/sides';
import { dataTable, frameDocument, h1, muted, para, tr } from './frame';
import type { DocumentKindDefinition, DocumentMeta, Node } from './model';

export interface RaciData {
	meta: DocumentMeta;
	matrix: RaciMatrix;
	phases: { id: string; name: string; nameEn: string | null }[];
}

const SIDE_FILL = { client: '#e3eefa', vendor: '#eaf5e6', consultant: '#f4eefa' } as const;

/** The matrix with two header rows (side, then role) that repeat on every landscape page. */
function matrixTable(data: RaciData, lang: Locale): Node {
	const t = tr(lang);
	const { rows, columns, cells } = data.matrix;
	const sideRow: Node[] = [{ text: t('doc.raci.activity'), style: 'th', rowSpan: 2 }];
	for (const side of SIDES) {
		const group = columns.filter((c) => c.side === side);
		group.forEach((_, i) =>
			sideRow.push(
				i === 0
					? {
							text: t(sideKey(side)),
							style: 'th',
							colSpan: group.length,
							alignment: 'center',
							fillColor: SIDE_FILL[side]
						}
					: {}
			)
		);
	}
	const roleRow: Node[] = [
		{},
		...columns.map((c) => ({
			text: t(roleKey(c.roleId)),
			style: 'th',
			fontSize: 6.5,
			alignment: 'center',
			fillColor: SIDE_FILL[c.side]
		}))
	];
	const phaseName = new Map(data.phases.map((p) => [p.id, localName(p, lang)]));
	const body: Node[][] = [sideRow, roleRow];
	let phase: string | null | undefined;
	for (const row of rows) {
		if (row.phaseId !== phase) {
			phase = row.phaseId;
			if (phase)
				body.push([
					{ text: phaseName.get(phase) ?? '', bold: true, colSpan: columns.length + 1, fillColor: '#f3f5f7' },
					...columns.map(() => ({}))
				]);
		}
		body.push([
			`${row.label} ${localName(row, lang)}`,
			...columns.map((c) => {
				const v = valueAt(cells, row.key, c.id);
				return { text: v, alignment: 'center', bold: v.startsWith('A') };
			})
		]);
	}
	const roleWidth = Math.max(18, Math.min(34, Math.floor(520 / Math.max(1, columns.length))));
	return {
		table: { headerRows: 2, dontBreakRows: true, widths: ['*', ...columns.map(() => roleWidth)], body },
		layout: 'workbench',
		fontSize: 7.5
	};
}

function build(data: RaciData, lang: Locale) {
	const t = tr(lang);
	const issues = evaluateRaci(data.matrix);
	const phaseName = (id: string | null) => {
		const p = data.phases.find((x) => x.id === id);
		return p ? localName(p, lang) : '';
	};
	const ctx = {
		rowByKey: new Map(data.matrix.rows.map((r) => [r.key, r])),
		columns: data.matrix.columns,
		settings: data.matrix.settings,
		phaseName
	};
	const sorted = [
		...issues.filter((i) => i.severity === 'error'),
		...issues.filter((i) => i.severity === 'warning')
	];
	const issueRows = sorted.map((i) => [
		{
			text: t(i.severity === 'error' ? 'doc.raci.error' : 'doc.raci.warning'),
			color: i.severity === 'error' ? '#b42318' : '#9a6700'
		},
		describeIssue(i, ctx, lang)
	]);
	const body: Node[] = [
		h1(t('doc.kind.raci')),
		para(t('doc.raci.legend')),
		matrixTable(data, lang),
		h1(t('doc.raci.issues')),
		issueRows.length
			? dataTable([t('doc.col.severity'), t('doc.gate.item')], issueRows, [50, '*'])
			: muted(t('doc.raci.noIssues'))
	];
	return frameDocument(lang, data.meta, t('doc.kind.raci'), body, { landscape: true });
}

export const raciKind: DocumentKindDefinition<RaciData> = {
	code: 'RACI',
	titleKey: 'doc.kind.raci',
	aboutKey: 'doc.about.raci',
	deliverableKey: 'kickoff.raci',
	large: true,
	build
};
