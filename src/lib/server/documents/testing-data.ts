import type { Locale } from '../../i18n';
import { testFigures } from '../../testing/figures';
import { processResults } from '../../testing/report';
import { caseStatusOf, dataNeedState, isDefectOpen } from '../../testing/rules';
import { DEFECT_SEVERITIES } from '../../testing/types';
import { resultSource } from '../../testing/waiver';
import type { DocumentDataOf } from '../../templates/documents/registry';
import type { TestReportData } from '../../templates/documents/test-report-model';
import { DomainError } from '../errors';
import {
	reportCases,
	reportCycle,
	reportDataNeeds,
	reportRequirements,
	reportTesters
} from '../repo/test-report';
import { loadSignoffs } from '../services/signoff/view';
import { loadTestFacts } from '../services/test-figures';
import { approvalOfDeliverable } from './approval';
import { documentMeta, type Conn, type LoadOptions } from './meta';

export type TestReportBody = Omit<TestReportData, 'meta' | 'approval'>;

/**
 * Everything a cycle's 测试报告 says, from one read of the test figures: the report page shows a summary of it and
 * the PDF prints it. Another project's cycle is missing (404).
 */
export async function loadTestReportBody(db: Conn, projectId: string, cycleId: string, now = new Date()) {
	const cycle = await reportCycle(db, projectId, cycleId);
	if (!cycle) throw new DomainError('not_found', 'error.notFound');
	const [facts, testers, needs, rows, requirementRows, waiver] = await Promise.all([
		loadTestFacts(db, projectId, now),
		reportTesters(db, projectId, cycleId),
		reportDataNeeds(db, projectId, cycleId),
		reportCases(db, projectId, cycleId),
		reportRequirements(db, projectId, cycleId),
		loadSignoffs(db, projectId, { type: 'testDataWaiver', id: cycleId }, null)
	]);
	const figures = testFigures(facts, cycleId);
	const fact = facts.cycles.find((c) => c.id === cycleId);
	const cases = rows.map((r) => ({
		code: r.code,
		title: r.title,
		process: r.process ? { code: r.process.code, name: r.process.name } : null,
		status: caseStatusOf(r.latestResult),
		source: resultSource(r),
		sourceReason: r.dataSourceReason,
		runCount: r.runCount
	}));
	const passedCases = new Set(rows.filter((r) => r.latestResult === 'passed').map((r) => r.caseId));
	const requirements = new Map<string, TestReportBody['requirements'][number]>();
	for (const r of requirementRows) {
		const known = requirements.get(r.id);
		const passing = (known?.passing ?? false) || passedCases.has(r.caseId);
		requirements.set(r.id, { code: r.code, title: r.title, must: r.must, passing });
	}
	const caseCode = new Map(facts.planned.map((p) => [p.caseId, p.code]));
	const rank = (s: (typeof DEFECT_SEVERITIES)[number]) => DEFECT_SEVERITIES.indexOf(s);
	const body: TestReportBody = {
		cycle: {
			name: cycle.name,
			type: cycle.type,
			status: cycle.status,
			startsOn: cycle.startsOn,
			finishesOn: cycle.finishesOn,
			environment: cycle.environment,
			entryCriteria: cycle.entryCriteria,
			exit: fact?.exit ?? { minPassRate: 0, noOpenSevere: false, mustCovered: false, realData: false }
		},
		testers: testers.map((t) => ({ name: t.name, side: t.side })),
		dataNeeds: needs.map((n) => ({ ...n, state: dataNeedState(n, facts.today) })),
		cases,
		processes: processResults(cases),
		requirements: [...requirements.values()],
		figures,
		defects: facts.defects
			.filter((d) => d.cycleId === cycleId && isDefectOpen(d.status))
			.sort((a, b) => rank(a.severity) - rank(b.severity) || b.ageDays - a.ageDays)
			.map((d) => ({
				code: d.code,
				title: d.title,
				severity: d.severity,
				status: d.status,
				ownerSide: d.ownerSide,
				ageDays: d.ageDays,
				caseCode: caseCode.get(d.caseId) ?? '—'
			})),
		waiver: {
			reason: cycle.dataWaiverReason,
			state: waiver.state,
			signed: Boolean(fact?.dataWaiverSigned),
			signatures: waiver.slots
				.filter((s) => s.signature?.status === 'valid')
				.map((s) => ({
					name: s.signature!.signerName,
					side: s.signature!.signerSide,
					decision: s.signature!.decision,
					signedAt: s.signature!.signedAt
				}))
		}
	};
	return { cycle, body, waiverView: waiver };
}

export async function loadTestReport(
	db: Conn,
	projectId: string,
	today: string,
	options: LoadOptions,
	_lang: Locale
): Promise<DocumentDataOf<'testReport'>> {
	if (!options.cycle) throw new DomainError('bad_request', 'treport.error.cycleRequired', { field: 'cycle' });
	const { cycle, body } = await loadTestReportBody(db, projectId, options.cycle);
	const [meta, approval] = await Promise.all([
		documentMeta(db, projectId, 'testReport', 1, today),
		approvalOfDeliverable(db, projectId, cycle.reportDeliverableId)
	]);
	// The report is numbered by the version it will become: the next one of the cycle's deliverable.
	return { meta: { ...meta, version: `V${(approval.versionNumber ?? 0) + 1}` }, approval, ...body };
}
