import { formatDate, type Locale } from '../../i18n';
import { ownerSideKey, sideKey } from '../../i18n/labels';
import type { MeetingView } from '../../meetings/types';
import type { RegisterItemSummary } from '../../register/views';
import { SIDES } from '../../raci/sides';
import { dataTable, frameDocument, h1, instant, muted, paraOr, tr } from './frame';
import type { DocumentMeta, Node, PrintSpec } from './model';

/** A decision with what was decided and by whom (the meeting lists only summaries). */
export interface MinutesDecision extends RegisterItemSummary {
	decision: string;
	decidedBy: string;
}

export interface MinutesData {
	meta: DocumentMeta;
	meeting: MeetingView;
	decisions: MinutesDecision[];
}

/**
 * Everything a person typed is printed as the `text` of a node we build, never as a node itself: pdfmake reads an
 * object or array in content as layout (images, links, tables), so untrusted input must only ever be a string.
 */
const text = (value: unknown): Node => ({ text: String(value ?? '') });

/** 会议纪要: one meeting's attendees by side, agenda, minutes, and the decisions, actions and issues it raised. */
export function buildMinutes(data: MinutesData, lang: Locale): PrintSpec {
	const t = tr(lang);
	const m = data.meeting;
	const owner = (i: RegisterItemSummary) =>
		text(i.ownerName ? `${t(ownerSideKey(i.ownerSide))} · ${i.ownerName}` : t(ownerSideKey(i.ownerSide)));
	const status = (i: RegisterItemSummary) => text(t(`raid.status.${i.status}`));
	const table = (rows: Node[][], headers: string[], widths: (number | string)[]) =>
		rows.length ? dataTable(headers, rows, widths) : muted(t('meeting.pdf.none'));
	const facts: [string, string][] = [
		[t('meeting.field.type'), t(`meeting.type.${m.type}`)],
		[t('meeting.when'), `${instant(lang, data.meta, m.startsAt)} (${m.durationMinutes} min)`],
		[t('meeting.field.location'), m.location],
		[t('meeting.field.status'), t(`meeting.status.${m.status}`)]
	];
	const bySide = SIDES.map((side) => [
		text(t(sideKey(side))),
		text(
			m.attendees
				.filter((a) => a.side === side)
				.map((a) => a.name)
				.join('、') || t('meeting.pdf.none')
		)
	]).filter((row, i) => i < 2 || m.attendees.some((a) => a.side === SIDES[i]));
	if (m.guests.length) bySide.push([text(t('meeting.guestsLabel')), text(m.guests.join('、'))]);
	const actions = m.items.filter((i) => i.type === 'action');
	const issues = m.items.filter((i) => i.type === 'issue');
	const body: Node[] = [
		h1(m.title),
		{
			table: { widths: [90, '*'], body: facts.map(([k, v]) => [{ text: k, bold: true }, text(v)]) },
			layout: 'noBorders',
			margin: [0, 0, 0, 8]
		},
		h1(t('meeting.pdf.attendees')),
		dataTable([t('doc.col.side'), t('meeting.pdf.attendees')], bySide, [70, '*']),
		h1(t('meeting.pdf.agenda')),
		m.agenda.length ? { ol: m.agenda.map(text), margin: [0, 0, 0, 8] } : muted(t('meeting.agendaNone')),
		h1(t('meeting.field.minutes')),
		paraOr(m.minutes, lang),
		h1(t('meeting.pdf.decisions')),
		table(
			data.decisions.map((d) => [text(d.code), text(d.decision || d.title), text(d.decidedBy), status(d)]),
			[t('raid.field.number'), t('raid.field.decision'), t('raid.field.decidedBy'), t('raid.field.status')],
			[40, '*', 90, 50]
		),
		h1(t('meeting.pdf.actions')),
		table(
			actions.map((a) => [
				text(a.code),
				text(a.title),
				owner(a),
				text(formatDate(lang, a.dueDate)),
				status(a)
			]),
			[
				t('raid.field.number'),
				t('raid.field.title'),
				t('raid.field.owner'),
				t('raid.field.dueDate'),
				t('raid.field.status')
			],
			[40, '*', 100, 60, 50]
		),
		h1(t('meeting.pdf.issues')),
		table(
			issues.map((i) => [
				text(i.code),
				text(i.title),
				text(i.severity ? t(`raid.severity.${i.severity}`) : ''),
				owner(i),
				status(i)
			]),
			[
				t('raid.field.number'),
				t('raid.field.title'),
				t('raid.field.severity'),
				t('raid.field.owner'),
				t('raid.field.status')
			],
			[40, '*', 45, 100, 50]
		),
		h1(t('meeting.pdf.signatures')),
		{
			columns: [data.meta.clientOrg, data.meta.vendorOrg].map((org, i) => ({
				stack: [
					{ text: `${t(sideKey(SIDES[i]))}：${org}`, bold: true, margin: [0, 0, 0, 18] },
					{ text: t('meeting.pdf.signLine') }
				]
			})),
			columnGap: 24,
			margin: [0, 6, 0, 0]
		}
	];
	return frameDocument(lang, data.meta, `${t('meeting.pdf.title')} · ${m.title}`, body);
}
