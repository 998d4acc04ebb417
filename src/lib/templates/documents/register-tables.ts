import type { Locale, MessageKey } from '../../i18n';
import { ownerSideKey } from '../../i18n/labels';
import type { OwnerSide } from '../../phases/types';
import type { IssueSeverity, RegisterStatus, RiskBand } from '../../register/types';
import { dataTable, muted, tr } from './frame';
import type { Node } from './model';

/**
 * The register's items as the weekly report and the steering pack print them. Every text here was typed by a
 * person (titles, mitigations, names): it goes into pdfmake as plain text runs, never as markup or a node.
 */
interface Owned {
	code: string;
	title: string;
	status: RegisterStatus;
	ownerName: string | null;
	ownerSide: OwnerSide;
}

export interface RiskLine extends Owned {
	probability: number;
	impact: number;
	score: number;
	band: RiskBand;
	mitigation: string;
}

export interface IssueLine extends Owned {
	severity: IssueSeverity | null;
	blocking: boolean;
	dueDate: string | null;
	overdue: boolean;
}

export interface ChangeLine extends Owned {
	requestedBySide: OwnerSide;
	/** Who raised it in the workbench (the requester's own name, as stored with the item). */
	raisedByName: string;
	scheduleDays: number;
	costImpact: string;
	scopeImpact: string;
}

export interface DecisionLine extends Owned {
	decision: string;
	decidedBy: string;
	decidedOn: string | null;
	dueDate: string | null;
	overdue: boolean;
}

/** Fill colours of the heat map's bands, the same hues as the screen's (green, yellow, orange, red). */
export const BAND_FILL: Record<RiskBand, string> = {
	low: '#d3f0dc',
	medium: '#fdf0b8',
	high: '#fdd3a8',
	critical: '#f6b3ad'
};

const OVERDUE = '#b42318';

const text = (value: string | null | undefined): Node => ({ text: String(value ?? '') || '—' });

export function ownerOf(x: Owned, lang: Locale): string {
	const t = tr(lang);
	const side = t(ownerSideKey(x.ownerSide));
	return x.ownerName ? t('steering.ownerValue', { name: x.ownerName, side }) : side;
}

const status = (x: Owned, lang: Locale) => tr(lang)(`raid.status.${x.status}` as MessageKey);

function due(x: { dueDate: string | null; overdue: boolean }, lang: Locale): Node {
	if (!x.dueDate) return '—';
	if (!x.overdue) return x.dueDate;
	return { text: [x.dueDate, '\n', { text: tr(lang)('steering.overdue'), bold: true }], color: OVERDUE };
}

export function scoreCell(r: RiskLine, lang: Locale): Node {
	const t = tr(lang);
	return {
		text: t('steering.scoreValue', {
			p: r.probability,
			i: r.impact,
			score: r.score,
			band: t(`raid.band.${r.band}` as MessageKey)
		}),
		fillColor: BAND_FILL[r.band]
	};
}

export function schedule(days: number, lang: Locale): string {
	return tr(lang)('steering.days', { days: days > 0 ? `+${days}` : String(days) });
}

export function riskTable(risks: RiskLine[], lang: Locale): Node {
	const t = tr(lang);
	if (!risks.length) return muted(t('doc.none'));
	return dataTable(
		[
			t('steering.col.code'),
			t('steering.col.title'),
			t('steering.col.score'),
			t('steering.col.owner'),
			t('steering.col.mitigation'),
			t('steering.col.status')
		],
		risks.map((r) => [
			r.code,
			text(r.title),
			scoreCell(r, lang),
			ownerOf(r, lang),
			text(r.mitigation),
			status(r, lang)
		]),
		[34, '*', 80, 62, '*', 48]
	);
}

export function issueTable(issues: IssueLine[], lang: Locale): Node {
	const t = tr(lang);
	if (!issues.length) return muted(t('doc.none'));
	return dataTable(
		[
			t('steering.col.code'),
			t('steering.col.title'),
			t('steering.col.severity'),
			t('steering.col.blocking'),
			t('steering.col.owner'),
			t('steering.col.due'),
			t('steering.col.status')
		],
		issues.map((i) => [
			i.code,
			text(i.title),
			i.severity ? t(`raid.severity.${i.severity}` as MessageKey) : '—',
			i.blocking ? { text: t('steering.blockingYes'), bold: true, color: OVERDUE } : '—',
			ownerOf(i, lang),
			due(i, lang),
			status(i, lang)
		]),
		[34, '*', 40, 40, 70, 56, 48]
	);
}

export function changeTable(changes: ChangeLine[], lang: Locale, options: { impacts?: boolean } = {}): Node {
	const t = tr(lang);
	if (!changes.length) return muted(t('doc.none'));
	const requestedBy = (c: ChangeLine) => {
		const side = t(ownerSideKey(c.requestedBySide));
		return c.raisedByName ? t('steering.requestedBy', { side, name: c.raisedByName }) : side;
	};
	if (!options.impacts)
		return dataTable(
			[
				t('steering.col.code'),
				t('steering.col.title'),
				t('steering.col.status'),
				t('steering.col.schedule'),
				t('steering.col.requestedBy')
			],
			changes.map((c) => [
				c.code,
				text(c.title),
				status(c, lang),
				schedule(c.scheduleDays, lang),
				requestedBy(c)
			]),
			[34, '*', 46, 70, 90]
		);
	return dataTable(
		[
			t('steering.col.code'),
			t('steering.col.title'),
			t('steering.col.status'),
			t('steering.col.scope'),
			t('steering.col.schedule'),
			t('steering.col.cost'),
			t('steering.col.requestedBy')
		],
		changes.map((c) => [
			c.code,
			text(c.title),
			status(c, lang),
			text(c.scopeImpact),
			schedule(c.scheduleDays, lang),
			text(c.costImpact),
			requestedBy(c)
		]),
		[34, '*', 46, '*', 56, 56, 66]
	);
}

/** Decisions taken: what was decided, by whom and when. */
export function decidedTable(decisions: DecisionLine[], lang: Locale): Node {
	const t = tr(lang);
	if (!decisions.length) return muted(t('doc.none'));
	return dataTable(
		[
			t('steering.col.code'),
			t('steering.col.title'),
			t('steering.col.decision'),
			t('steering.col.decidedBy'),
			t('steering.col.decidedOn')
		],
		decisions.map((d) => [d.code, text(d.title), text(d.decision), text(d.decidedBy), d.decidedOn ?? '—']),
		[34, '*', '*', 60, 56]
	);
}

/** Decisions still to be taken: who owns them and by when. */
export function pendingTable(decisions: DecisionLine[], lang: Locale): Node {
	const t = tr(lang);
	if (!decisions.length) return muted(t('doc.none'));
	return dataTable(
		[t('steering.col.code'), t('steering.col.title'), t('steering.col.owner'), t('steering.col.due')],
		decisions.map((d) => [d.code, text(d.title), ownerOf(d, lang), due(d, lang)]),
		[34, '*', 90, 60]
	);
}
