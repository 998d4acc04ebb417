import type { Locale, MessageKey } from '../../i18n';
import { sideKey } from '../../i18n/labels';
import type { ExitCriterion } from '../../testing/figures-types';
import { approvalSection } from './approval';
import { dataTable, frameDocument, h1, h2, instant, muted, para, tr } from './frame';
import type { DocumentKindDefinition, Node } from './model';
import type { TestReportData } from './test-report-model';
import { defectsSection, executionSection, pct, scopeSection, sourcesSection } from './test-report-sections';

export type { TestReportData } from './test-report-model';

const OK = '#2f7d4f';
const BAD = '#b42318';

function criterionText(c: ExitCriterion, lang: Locale): string {
	return tr(lang)(`treport.criterion.${c.key}` as MessageKey, { threshold: c.threshold });
}

function observedText(c: ExitCriterion, lang: Locale): string {
	return c.key === 'passRate' ? pct(lang, c.observed) : String(c.observed);
}

function metText(c: ExitCriterion, lang: Locale): Node {
	const t = tr(lang);
	if (c.waived) return { text: t('treport.met.waived'), bold: true, color: OK };
	return c.met
		? { text: t('treport.met.yes'), color: OK }
		: { text: t('treport.met.no'), bold: true, color: BAD };
}

/** 5: each exit criterion met or not, with the cases, defects or requirements that stand in the way; the verdict. */
function exitSection(d: TestReportData, lang: Locale): Node[] {
	const t = tr(lang);
	const exit = d.figures.exit;
	const criteria = exit?.criteria ?? [];
	const met = Boolean(exit?.met);
	return [
		h1(t('treport.s.exit')),
		dataTable(
			[
				t('treport.col.criterion'),
				t('treport.col.observed'),
				t('treport.col.met'),
				t('treport.col.offenders')
			],
			criteria.map((c) => [
				criterionText(c, lang),
				observedText(c, lang),
				metText(c, lang),
				c.offenders.length
					? {
							stack: c.offenders.map((o) => ({
								text: t('treport.offender', {
									code: o.code,
									name: o.name,
									why: t(`treport.why.${o.why}` as MessageKey)
								})
							}))
						}
					: '—'
			]),
			[130, 50, 44, '*']
		),
		{
			text: t(met ? 'treport.verdict.pass' : 'treport.verdict.fail'),
			bold: true,
			fontSize: 11,
			color: met ? OK : BAD,
			margin: [0, 4, 0, 8]
		}
	];
}

/** 6: the simulated-data waiver, its reason, the cases it covers and who signed it. */
function waiverSection(d: TestReportData, lang: Locale): Node[] {
	const t = tr(lang);
	const w = d.waiver;
	const simulated = d.cases.filter((c) => c.source === 'simulated');
	if (!w.reason.trim() && !w.signatures.length)
		return [h1(t('treport.s.waiver')), para(t('treport.waiver.none'))];
	return [
		h1(t('treport.s.waiver')),
		h2(t('treport.waiver.reason')),
		para(w.reason.trim() ? w.reason : t('doc.none')),
		h2(t('treport.waiver.cases')),
		simulated.length
			? { ul: simulated.map((c) => ({ text: `${c.code} ${c.title}` })) }
			: muted(t('doc.none')),
		para(
			t('treport.waiver.stateLine', {
				state: t(`review.state.${w.state}` as MessageKey),
				note: t(w.signed ? 'treport.waiver.signed' : 'treport.waiver.unsigned')
			})
		),
		w.signatures.length
			? dataTable(
					[t('treport.col.signer'), t('treport.col.side'), t('treport.col.decision'), t('treport.col.time')],
					w.signatures.map((s) => [
						{ text: s.name, bold: true },
						t(sideKey(s.side)),
						t(`doc.gate.decision.${s.decision}` as MessageKey),
						instant(lang, d.meta, s.signedAt)
					]),
					['*', 50, 50, 120]
				)
			: muted(t('treport.waiver.noSignatures'))
	];
}

/** 7: the processes the leads' signatures accept (the per-process UAT sign-off), then the signatures. */
function signoffSection(d: TestReportData, lang: Locale): Node[] {
	const t = tr(lang);
	const colour = { passed: OK, failed: BAD, incomplete: '#9a6700' } as const;
	return [
		h1(t('treport.s.signoff')),
		para(t(d.cycle.type === 'uat' ? 'treport.signoff.uat' : 'treport.signoff.other')),
		d.processes.length
			? dataTable(
					[
						t('treport.col.code'),
						t('treport.col.process'),
						t('treport.col.cases'),
						t('treport.col.passed'),
						t('treport.col.failed'),
						t('treport.col.notRun'),
						t('treport.col.simulated'),
						t('treport.col.verdict')
					],
					d.processes.map((p) => [
						p.code,
						{ text: p.name },
						String(p.cases),
						String(p.passed),
						String(p.failed + p.blocked),
						String(p.notRun),
						String(p.simulated),
						{
							text: t(`treport.processVerdict.${p.verdict}` as MessageKey),
							bold: true,
							color: colour[p.verdict]
						}
					]),
					[40, '*', 30, 30, 30, 34, 34, 44]
				)
			: muted(t('treport.signoff.noProcesses')),
		...approvalSection(d.approval, d.meta, lang)
	];
}

function build(data: TestReportData, lang: Locale) {
	const t = tr(lang);
	const body: Node[] = [
		...scopeSection(data, lang),
		...executionSection(data, lang),
		...sourcesSection(data, lang),
		...defectsSection(data, lang),
		...exitSection(data, lang),
		...waiverSection(data, lang),
		...signoffSection(data, lang)
	];
	return frameDocument(lang, data.meta, t('treport.kind'), body, {
		toc: true,
		facts: [
			{ label: t('treport.f.cycle'), value: data.cycle.name },
			{
				label: t('treport.f.verdict'),
				value: t(data.figures.exit?.met ? 'treport.verdictShort.pass' : 'treport.verdictShort.fail')
			}
		]
	});
}

export const testReportKind: DocumentKindDefinition<TestReportData> = {
	code: 'TR',
	titleKey: 'treport.kind',
	aboutKey: 'treport.about',
	deliverableKey: 'testing.report',
	large: false,
	build
};
