import { formatDate, type Locale, type MessageKey } from '../../i18n';
import { ownerSideKey, phaseStatusKey, roleKey, sideKey, taskStatusKey } from '../../i18n/labels';
import type { RoleId } from '../../raci/roles';
import type { Side } from '../../raci/sides';
import type { SignableType } from '../../signoff/types';
import { localName, localText } from '../../i18n/local-name';
import type { PhaseStatus, TaskStatus } from '../../phases/task-model';
import type { OwnerSide } from '../../phases/types';
import { dataTable, frameDocument, h1, h2, instant, muted, para, tr } from './frame';
import type { DocumentKindDefinition, DocumentMeta, Node } from './model';
import {
	changeTable,
	decidedTable,
	issueTable,
	riskTable,
	type ChangeLine,
	type DecisionLine,
	type IssueLine,
	type RiskLine
} from './register-tables';

export interface WeeklyTask {
	wbs: string;
	name: string;
	nameEn: string | null;
	ownerSide: OwnerSide;
	start: string;
	finish: string;
	progress: number;
	status: TaskStatus;
}

export interface WeeklyData {
	meta: DocumentMeta;
	from: string;
	to: string;
	actualProgress: number;
	plannedProgress: number;
	phases: {
		name: string;
		nameEn: string | null;
		status: PhaseStatus;
		progress: number;
		gateDone: number;
		gateTotal: number;
	}[];
	done: WeeklyTask[];
	next: WeeklyTask[];
	overdue: (WeeklyTask & { workingDaysLate: number })[];
	/** What the project control register holds this week. */
	register: WeeklyRegister;
	awaiting: Record<'client' | 'vendor', WeeklyTask[]>;
	gatesAwaiting: { name: string; nameEn: string | null; gateDone: number; gateTotal: number }[];
	/** Review rounds approved in the week (its last signature fell in it). */
	approved: { type: SignableType; name: string; nameEn: string | null; round: number; approvedAt: string }[];
	/** Every signature made in the week, oldest first. */
	signed: {
		type: SignableType;
		name: string;
		nameEn: string | null;
		signerName: string;
		side: Side;
		role: RoleId;
		decision: 'approve' | 'reject';
		meaning: 'review' | 'approve' | 'accept';
		signedAt: string;
	}[];
	/** The PM's commentary on the week, printed as entered (empty body: none yet). */
	commentary: { body: string; version: number; updatedAt: string | null; updatedByName: string | null };
}

export interface WeeklyRegister {
	/** The open risks with the highest scores, highest first. */
	risks: RiskLine[];
	/** All open risks, of which `risks` are the top. */
	riskTotal: number;
	/** Open issues: blocking first, then by severity and due date. */
	issues: IssueLine[];
	/** Change requests not yet decided or not yet applied: draft, in review, approved. */
	changes: ChangeLine[];
	/** Decisions taken in the report's week (decided on, or else closed, in it, in the project's time zone). */
	decided: DecisionLine[];
}

/** The register's open risks and issues, under 风险与问题 (the overdue tasks follow them there). */
function riskSections(r: WeeklyRegister, lang: Locale): Node[] {
	const t = tr(lang);
	const count =
		r.riskTotal > r.risks.length
			? t('steering.topOf', { total: r.riskTotal, shown: r.risks.length })
			: t('steering.allOf', { total: r.riskTotal });
	return [
		h1(t('doc.weekly.risks')),
		h2(t('steering.weekly.risks')),
		...(r.riskTotal ? [muted(count)] : []),
		riskTable(r.risks, lang),
		h2(t('steering.weekly.issues')),
		issueTable(r.issues, lang)
	];
}

/** Change requests awaiting decision and the decisions taken in the week. */
function changeSections(r: WeeklyRegister, lang: Locale): Node[] {
	const t = tr(lang);
	return [
		h1(t('steering.weekly.changesAndDecisions')),
		h2(t('steering.changes')),
		changeTable(r.changes, lang),
		h2(t('steering.weekly.decided')),
		decidedTable(r.decided, lang)
	];
}

/** What was signed: its name in the document's language, or the kind for the RACI matrix and the cutover. */
function objectName(x: { type: SignableType; name: string; nameEn: string | null }, lang: Locale): string {
	const t = tr(lang);
	const name = localText(x.name, x.nameEn, lang);
	return name || t(`signable.${x.type}` as MessageKey);
}

function signoffSections(data: WeeklyData, lang: Locale): Node[] {
	const t = tr(lang);
	const approved = data.approved.map((a) => [
		t(`signable.${a.type}` as MessageKey),
		objectName(a, lang),
		String(a.round),
		instant(lang, data.meta, a.approvedAt)
	]);
	const signed = data.signed.map((s) => [
		objectName(s, lang),
		{ text: s.signerName, bold: true },
		`${t(sideKey(s.side))} ${t(roleKey(s.role))}`,
		{
			text: `${t(`doc.gate.decision.${s.decision}` as MessageKey)} · ${t(`doc.gate.meaning.${s.meaning}` as MessageKey)}`,
			color: s.decision === 'reject' ? '#b42318' : undefined
		},
		instant(lang, data.meta, s.signedAt)
	]);
	return [
		h2(t('handover.weekly.approved')),
		approved.length
			? dataTable(
					[t('handover.weekly.type'), t('handover.weekly.object'), '#', t('handover.weekly.approvedAt')],
					approved,
					[70, '*', 20, 100]
				)
			: muted(t('doc.none')),
		h2(t('handover.weekly.signed')),
		signed.length
			? dataTable(
					[
						t('handover.weekly.object'),
						t('handover.weekly.signer'),
						t('doc.gate.slot'),
						t('handover.weekly.decision'),
						t('handover.weekly.signedAt')
					],
					signed,
					['*', 50, 80, 70, 100]
				)
			: muted(t('doc.none'))
	];
}

/** The PM's commentary, exactly as entered: one text run (line breaks kept), never interpreted as markup. */
function commentarySection(data: WeeklyData, lang: Locale): Node[] {
	const t = tr(lang);
	const c = data.commentary;
	if (!c.body) return [h1(t('handover.weekly.commentary')), muted(t('handover.weekly.noCommentary'))];
	return [
		h1(t('handover.weekly.commentary')),
		{ text: String(c.body), style: 'para' },
		muted(
			t('handover.weekly.commentaryBy', {
				name: c.updatedByName ?? '—',
				when: instant(lang, data.meta, c.updatedAt)
			})
		)
	];
}

function taskTable(tasks: WeeklyTask[], lang: Locale, extra?: (t: WeeklyTask) => string): Node {
	const t = tr(lang);
	if (!tasks.length) return muted(t('doc.none'));
	const name = (x: WeeklyTask) => localName(x, lang);
	const rows = tasks.map((x) => [
		x.wbs,
		name(x),
		t(ownerSideKey(x.ownerSide)),
		x.finish,
		`${x.progress}%`,
		extra ? extra(x) : t(taskStatusKey(x.status))
	]);
	return dataTable(
		[
			t('doc.col.wbs'),
			t('doc.col.task'),
			t('doc.col.side'),
			t('doc.col.finish'),
			t('doc.col.progress'),
			t('doc.col.status')
		],
		rows,
		[40, '*', 34, 56, 34, 70]
	);
}

function build(data: WeeklyData, lang: Locale) {
	const t = tr(lang);
	const phases = data.phases.map((p) => [
		localText(p.name, p.nameEn, lang),
		t(phaseStatusKey(p.status)),
		`${p.progress}%`,
		`${p.gateDone}/${p.gateTotal}`
	]);
	const body: Node[] = [
		para(t('doc.weekly.period', { from: formatDate(lang, data.from), to: formatDate(lang, data.to) })),
		...commentarySection(data, lang),
		h1(t('doc.weekly.progress')),
		para(
			t('doc.weekly.progressLine', {
				actual: data.actualProgress,
				planned: data.plannedProgress,
				delta: data.actualProgress - data.plannedProgress
			})
		),
		h2(t('doc.weekly.phases')),
		dataTable(
			[t('doc.col.phase'), t('doc.col.status'), t('doc.col.progress'), t('doc.gate.checklist')],
			phases,
			['*', 70, 50, 60]
		),
		h2(t('doc.weekly.done')),
		taskTable(data.done, lang),
		...signoffSections(data, lang),
		h1(t('doc.weekly.next')),
		taskTable(data.next, lang),
		...riskSections(data.register, lang),
		h2(t('doc.weekly.overdue')),
		taskTable(data.overdue, lang, (x) =>
			t('doc.weekly.daysLate', { days: (x as WeeklyData['overdue'][number]).workingDaysLate })
		),
		...changeSections(data.register, lang),
		...(['client', 'vendor'] as const).flatMap((side) => [
			h1(t('doc.weekly.awaiting', { side: t(sideKey(side)) })),
			taskTable(data.awaiting[side], lang)
		]),
		h2(t('doc.weekly.gates')),
		data.gatesAwaiting.length
			? {
					ul: data.gatesAwaiting.map(
						(g) => `${localText(g.name, g.nameEn, lang)}（${g.gateDone}/${g.gateTotal}）`
					)
				}
			: muted(t('doc.none'))
	];
	return frameDocument(lang, data.meta, t('doc.kind.weekly'), body);
}

export const weeklyKind: DocumentKindDefinition<WeeklyData> = {
	code: 'WR',
	titleKey: 'doc.kind.weekly',
	aboutKey: 'doc.about.weekly',
	deliverableKey: null,
	large: false,
	build
};
