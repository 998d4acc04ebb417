import { formatList, type Locale, type MessageKey } from '../../i18n';
import { sideKey } from '../../i18n/labels';
import { DEFECT_SEVERITIES, DATA_SOURCES } from '../../testing/types';
import { dataTable, h1, h2, muted, para, tr } from './frame';
import type { Node } from './model';
import type { TestReportData } from './test-report-model';

// Sections 1–4 of the 测试报告: scope, execution, data sources (real and simulated kept apart), defects.

const txt = (text: string | null | undefined): Node => ({ text: text?.trim() ? text : '—' });
export const pct = (lang: Locale, value: number | null) =>
	value === null ? '—' : tr(lang)('treport.percent', { value: Math.round(value * 10) / 10 });

export function scopeSection(d: TestReportData, lang: Locale): Node[] {
	const t = tr(lang);
	const c = d.cycle;
	const testers = (['client', 'vendor'] as const)
		.map((side) => ({ side, names: d.testers.filter((x) => x.side === side).map((x) => x.name) }))
		.filter((g) => g.names.length)
		.map((g) => ({
			text: t('treport.testers', { side: t(sideKey(g.side)), names: formatList(lang, g.names) })
		}));
	const facts: Node[][] = [
		[t('treport.f.type'), t(`testing.cycleType.${c.type}` as MessageKey)],
		[t('treport.f.status'), t(`testing.cycleStatus.${c.status}` as MessageKey)],
		[
			t('treport.f.dates'),
			c.startsOn && c.finishesOn ? `${c.startsOn} — ${c.finishesOn}` : t('treport.noDates')
		],
		[t('treport.f.environment'), txt(c.environment)],
		[t('treport.f.entry'), c.entryCriteria.length ? { ul: c.entryCriteria.map((e) => ({ text: e })) } : '—'],
		[t('treport.f.testers'), testers.length ? { stack: testers } : '—']
	];
	return [
		h1(t('treport.s.scope')),
		{ table: { widths: [90, '*'], body: facts }, layout: 'workbench', margin: [0, 2, 0, 10] },
		h2(t('treport.h.processes')),
		d.processes.length
			? dataTable(
					[t('treport.col.code'), t('treport.col.process'), t('treport.col.cases')],
					d.processes.map((p) => [p.code, { text: p.name }, String(p.cases)]),
					[50, '*', 50]
				)
			: muted(t('treport.signoff.noProcesses')),
		h2(t('treport.h.requirements')),
		d.requirements.length
			? dataTable(
					[t('treport.col.code'), t('treport.col.title'), t('treport.col.must'), t('treport.col.passing')],
					d.requirements.map((r) => [
						r.code,
						{ text: r.title },
						r.must ? 'Must' : '',
						t(r.passing ? 'treport.yes' : 'treport.no')
					]),
					[50, '*', 36, 60]
				)
			: muted(t('treport.noRequirements'))
	];
}

export function executionSection(d: TestReportData, lang: Locale): Node[] {
	const t = tr(lang);
	const f = d.figures;
	const rows: [MessageKey, string][] = [
		['treport.fig.planned', String(f.planned)],
		['treport.fig.executed', `${f.executed} (${pct(lang, f.executedPct)})`],
		['treport.fig.passed', String(f.passed)],
		['treport.fig.failed', String(f.failed)],
		['treport.fig.blocked', String(f.blocked)],
		['treport.fig.notRun', String(f.notRun)],
		['treport.fig.passRate', pct(lang, f.passRate)],
		['treport.fig.passRateOfExecuted', pct(lang, f.passRateOfExecuted)],
		['treport.fig.mustCoverage', `${f.mustCoverage.covered} / ${f.mustCoverage.total}`]
	];
	return [
		h1(t('treport.s.execution')),
		dataTable(
			[t('treport.col.figure'), t('treport.col.value')],
			rows.map(([k, v]) => [t(k), v]),
			['*', 120]
		),
		h2(t('treport.h.cases')),
		d.cases.length
			? dataTable(
					[
						t('treport.col.code'),
						t('treport.col.title'),
						t('treport.col.process'),
						t('treport.col.status'),
						t('treport.col.source'),
						t('treport.col.runs')
					],
					d.cases.map((c) => [
						c.code,
						{ text: c.title },
						c.process ? c.process.code : '—',
						t(`testing.result.${c.status}` as MessageKey),
						{
							text: t(`testing.sourceShort.${c.source}` as MessageKey),
							bold: c.source === 'simulated'
						},
						String(c.runCount)
					]),
					[44, '*', 44, 44, 40, 34]
				)
			: muted(t('treport.noCases'))
	];
}

export function sourcesSection(d: TestReportData, lang: Locale): Node[] {
	const t = tr(lang);
	const bySource = d.figures.bySource;
	const simulated = d.cases.filter((c) => c.source === 'simulated');
	const late = d.dataNeeds.filter((n) => n.state === 'late');
	return [
		h1(t('treport.s.sources')),
		para(t('treport.sources.intro')),
		dataTable(
			[
				t('treport.col.source'),
				t('treport.col.executed'),
				t('treport.col.passed'),
				t('treport.col.failed'),
				t('treport.col.blocked')
			],
			DATA_SOURCES.map((s) => [
				t(`testing.source.${s}` as MessageKey),
				String(bySource[s].executed),
				String(bySource[s].passed),
				String(bySource[s].failed),
				String(bySource[s].blocked)
			]),
			['*', 50, 50, 50, 50]
		),
		h2(t('treport.h.simulatedCases')),
		...(simulated.length
			? [
					para(t('treport.sources.count', { count: simulated.length })),
					dataTable(
						[t('treport.col.code'), t('treport.col.title'), t('treport.col.status'), t('treport.col.reason')],
						simulated.map((c) => [
							c.code,
							{ text: c.title },
							t(`testing.result.${c.status}` as MessageKey),
							c.sourceReason.trim() ? { text: c.sourceReason } : t('treport.sources.noReason')
						]),
						[44, '*', 44, 170]
					)
				]
			: [para(t('treport.sources.none'))]),
		h2(t('treport.h.dataNeeds')),
		d.dataNeeds.length
			? dataTable(
					[
						t('treport.col.object'),
						t('treport.col.format'),
						t('treport.col.promised'),
						t('treport.col.delivered'),
						t('treport.col.state')
					],
					d.dataNeeds.map((n) => [
						{ text: n.objectName },
						txt(n.format),
						n.promisedOn ?? '—',
						n.deliveredOn ?? '—',
						{
							text: t(`testing.dataNeed.${n.state}` as MessageKey),
							bold: n.state === 'late'
						}
					]),
					['*', 120, 60, 60, 44]
				)
			: muted(t('treport.noDataNeeds')),
		...(late.length ? [muted(t('treport.sources.late', { count: late.length }))] : [])
	];
}

export function defectsSection(d: TestReportData, lang: Locale): Node[] {
	const t = tr(lang);
	const m = d.figures.openDefects;
	return [
		h1(t('treport.s.defects')),
		para(t('treport.defects.summary', { total: m.total, severe: m.severe })),
		dataTable(
			[t('treport.col.severity'), t(sideKey('client')), t(sideKey('vendor')), t('treport.col.total')],
			DEFECT_SEVERITIES.map((s) => [
				t(`testing.severity.${s}` as MessageKey),
				String(m.matrix[s].client),
				String(m.matrix[s].vendor),
				String(m.bySeverity[s])
			]),
			['*', 60, 60, 60]
		),
		h2(t('treport.h.defectList')),
		d.defects.length
			? dataTable(
					[
						t('treport.col.code'),
						t('treport.col.title'),
						t('treport.col.severity'),
						t('treport.col.state'),
						t('treport.col.owner'),
						t('treport.col.case'),
						t('treport.col.age')
					],
					d.defects.map((x) => [
						x.code,
						{ text: x.title },
						t(`testing.severity.${x.severity}` as MessageKey),
						t(`testing.defectStatus.${x.status}` as MessageKey),
						t(sideKey(x.ownerSide)),
						x.caseCode,
						t('testing.ageDays', { days: x.ageDays })
					]),
					[40, '*', 36, 44, 36, 40, 60]
				)
			: muted(t('treport.defects.none'))
	];
}
