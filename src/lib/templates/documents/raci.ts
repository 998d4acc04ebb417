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

/**
 * A duty row's number in the document's language: the repository numbers duties the seed's way in Chinese
 * ("共同 9", "甲方 1"), which an English reader should see as "Joint 9", "Client 1".
 */
function rowLabel(row: RaciMatrix['rows'][number], lang: Locale): string {
	if (row.kind !== 'duty') return row.label;
	const t = tr(lang);
	const [kind, n] = (row.templateKey ?? '').split('.');
	const number = n ?? /\d+$/.exec(row.label)?.[0] ?? '';
	const word =
		kind === 'shared'
			? t('handover.raci.joint')
			: kind === 'client' || kind === 'vendor'
				? t(sideKey(kind))
				: row.label.replace(/\s*\d+$/, '');
	return `${word} ${number}`.trim();
}

/** Rough advance widths (em) of Noto Sans glyphs: enough to size a column so a header word never splits. */
const emWidth = (ch: string) =>
	/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : /[A-Z]/.test(ch) ? 0.66 : /[il.,'|]/.test(ch) ? 0.28 : 0.56;
const wordWidth = (word: string, fontSize: number) =>
	[...word].reduce((w, ch) => w + emWidth(ch), 0) * fontSize;

/** Where a line may break: between words, and between any two CJK characters. */
const words = (label: string) => label.split(/\s+|(?<=[\u2e80-\u9fff])|(?=[\u2e80-\u9fff])/).filter(Boolean);

/** Room on a landscape A4 page for the role columns, leaving the activity column at least 200 pt. */
const ROLE_BUDGET = 842 - 80 - 200;
const HEADER_FONT = 6.5;
const CELL_PADDING = 6;

/**
 * Role column widths and the header font size: each column as wide as its longest header word (a CJK header
 * may break between any two characters), so "Implementation consultant" breaks between its words, never inside
 * one; when the roles together would not fit, the header font shrinks instead (down to 5 pt).
 */
export function roleColumns(labels: string[]): { widths: number[]; fontSize: number } {
	const need = (fontSize: number) =>
		labels.map((l) =>
			Math.max(18, Math.ceil(Math.max(...words(l).map((w) => wordWidth(w, fontSize))) + CELL_PADDING))
		);
	let fontSize = HEADER_FONT;
	let widths = need(fontSize);
	const total = (ws: number[]) => ws.reduce((a, b) => a + b, 0);
	while (total(widths) > ROLE_BUDGET && fontSize > 5) {
		fontSize = Math.max(5, fontSize - 0.25);
		widths = need(fontSize);
	}
	// Spare room is shared out, up to the old comfortable width, so a short matrix does not look cramped.
	const spare = ROLE_BUDGET - total(widths);
	const comfortable = Math.max(18, Math.min(34, Math.floor(520 / Math.max(1, labels.length))));
	if (spare > 0) widths = widths.map((w) => Math.max(w, Math.min(comfortable, w + spare / labels.length)));
	return { widths, fontSize };
}

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
	const roles = columns.map((c) => t(roleKey(c.roleId)));
	const sizing = roleColumns(roles);
	const roleRow: Node[] = [
		{},
		...columns.map((c, i) => ({
			text: roles[i],
			style: 'th',
			fontSize: sizing.fontSize,
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
			`${rowLabel(row, lang)} ${localName(row, lang)}`,
			...columns.map((c) => {
				const v = valueAt(cells, row.key, c.id);
				return { text: v, alignment: 'center', bold: v.startsWith('A') };
			})
		]);
	}
	return {
		table: { headerRows: 2, dontBreakRows: true, widths: ['*', ...sizing.widths], body },
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
