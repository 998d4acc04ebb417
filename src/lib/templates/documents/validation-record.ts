import type { Locale, MessageKey } from '../../i18n';
import { sideKey } from '../../i18n/labels';
import type { Side } from '../../raci/sides';
import type { StepResult, ValidationResult } from '../../design/types';
import { approvalSection } from './approval';
import { label, orDash, punct, type DesignDocumentBase } from './design-common';
import { dataTable, frameDocument, h1, h2, muted, para, paraOr, tr } from './frame';
import type { DocumentKindDefinition, Node } from './model';

export interface ValidationIssueLine {
	/** I-001: the register item the walkthrough raised. */
	code: string;
	title: string;
	blocking: boolean;
	/** The register item's status now (open / inProgress / closed). */
	status: string;
}

export interface WalkthroughLine {
	heldOn: string;
	participants: { name: string; side: Side }[];
	steps: { name: string; result: StepResult; note: string }[];
	result: ValidationResult;
	notes: string;
	recordedBy: string;
	issues: ValidationIssueLine[];
}

export interface ValidatedProcessLine {
	/** TB-001 */
	code: string;
	name: string;
	/** Newest first. */
	walkthroughs: WalkthroughLine[];
	/** isReadyForTest over the latest walkthrough and every blocking issue still open. */
	readyForTest: boolean;
}

export interface ValidationRecordData extends DesignDocumentBase {
	processes: ValidatedProcessLine[];
}

const RESULT_COLOUR: Record<ValidationResult, string> = {
	executable: '#2f7d4f',
	needsChange: '#9a6700',
	notExecutable: '#b42318'
};

function walkthrough(w: WalkthroughLine, lang: Locale): Node[] {
	const t = tr(lang);
	const people = (side: Side) =>
		w.participants
			.filter((p) => p.side === side)
			.map((p) => p.name)
			.join(punct(lang).list);
	const sides = [...new Set(w.participants.map((p) => p.side))];
	return [
		{
			text: [
				t('designDoc.validation.walkthrough', { date: w.heldOn, by: w.recordedBy }),
				'  ',
				{
					text: t(`design.validation.${w.result}` as MessageKey),
					bold: true,
					color: RESULT_COLOUR[w.result]
				}
			],
			bold: true,
			margin: [0, 6, 0, 3],
			headlineLevel: 3
		},
		para(
			t('designDoc.validation.participants', {
				list:
					sides.map((s) => `${t(sideKey(s))}${punct(lang).colon}${people(s)}`).join(punct(lang).group) || '—'
			})
		),
		w.steps.length
			? dataTable(
					[
						t('designDoc.col.no'),
						t('designDoc.col.step'),
						t('designDoc.col.result'),
						t('designDoc.col.note')
					],
					w.steps.map((s, i) => [
						String(i + 1),
						{ text: s.name },
						t(`design.stepResult.${s.result}` as MessageKey),
						{ text: orDash(s.note) }
					]),
					[24, '*', 60, 160]
				)
			: muted(t('designDoc.noSteps')),
		label(t('designDoc.validation.notes')),
		paraOr(w.notes, lang),
		label(t('designDoc.validation.issues')),
		w.issues.length
			? dataTable(
					[
						t('designDoc.col.code'),
						t('designDoc.col.issue'),
						t('designDoc.col.blocking'),
						t('designDoc.col.status')
					],
					w.issues.map((i) => [
						i.code,
						{ text: i.title },
						t(i.blocking ? 'designDoc.yes' : 'designDoc.no'),
						t(`raid.status.${i.status}` as MessageKey)
					]),
					[44, '*', 40, 60]
				)
			: muted(t('doc.none'))
	];
}

function build(data: ValidationRecordData, lang: Locale) {
	const t = tr(lang);
	const latest = (p: ValidatedProcessLine) => p.walkthroughs[0]?.result ?? null;
	const body: Node[] = [
		h1(t('designDoc.summary')),
		para(
			t('designDoc.validation.summary', {
				processes: data.processes.length,
				validated: data.processes.filter((p) => p.walkthroughs.length).length,
				ready: data.processes.filter((p) => p.readyForTest).length
			})
		),
		muted(t('designDoc.validation.rule')),
		h1(t('designDoc.validation.overview')),
		data.processes.length
			? dataTable(
					[
						t('designDoc.col.code'),
						t('designDoc.col.process'),
						t('designDoc.col.walkthroughs'),
						t('designDoc.col.latest'),
						t('designDoc.col.openIssues'),
						t('designDoc.col.ready')
					],
					data.processes.map((p) => {
						const result = latest(p);
						return [
							p.code,
							{ text: p.name },
							String(p.walkthroughs.length),
							result
								? { text: t(`design.validation.${result}` as MessageKey), color: RESULT_COLOUR[result] }
								: t('designDoc.validation.never'),
							String(p.walkthroughs.flatMap((w) => w.issues).filter((i) => i.status !== 'closed').length),
							{ text: t(p.readyForTest ? 'designDoc.yes' : 'designDoc.no'), bold: p.readyForTest }
						];
					}),
					[38, '*', 60, 56, 48, 46]
				)
			: muted(t('designDoc.noProcesses')),
		h1(t('designDoc.validation.details')),
		...data.processes.flatMap((p) => [
			h2(`${p.code} ${p.name}`),
			...(p.walkthroughs.length
				? p.walkthroughs.flatMap((w) => walkthrough(w, lang))
				: [muted(t('designDoc.validation.never'))])
		]),
		...approvalSection(data.approval, data.meta, lang)
	];
	return frameDocument(lang, data.meta, t('designDoc.validation.kind'), body, {
		toc: true,
		keepHeadings: true
	});
}

export const validationRecordKind: DocumentKindDefinition<ValidationRecordData> = {
	code: 'VR',
	titleKey: 'designDoc.validation.kind',
	aboutKey: 'designDoc.validation.about',
	deliverableKey: 'redesign.validation',
	large: false,
	build
};
