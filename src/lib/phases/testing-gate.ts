// The testing gate's checklist computed from the live test figures (src/lib/testing/figures.ts): every planned
// case has run, no open 致命/严重 defect, UAT passed, every closed cycle's test report approved by both sides.
// Each shortfall names its case, defect or cycle so the gate can link to it and waive it one by one.
import type { ReviewState } from '../signoff/types';
import { testFigures, type ExitCriterionKey, type TestFacts } from '../testing/figures';
import { isDefectOpen, isSevere } from '../testing/rules';
import type { CycleStatus, DefectSeverity, DefectStatus } from '../testing/types';

export const TESTING_GATE_ITEMS = {
	'testing.gate.cases': 'testingCases',
	'testing.gate.defects': 'testingDefects',
	'testing.gate.uat': 'testingUat',
	'testing.gate.report': 'testingReport'
} as const;
export type TestingGateItem = keyof typeof TESTING_GATE_ITEMS;
export type TestingGateKey = (typeof TESTING_GATE_ITEMS)[TestingGateItem];

export function isTestingGateItem(templateKey: string | null | undefined): templateKey is TestingGateItem {
	return !!templateKey && templateKey in TESTING_GATE_ITEMS;
}

/** A cycle's 测试报告 deliverable as the gate reads it (like a cited deliverable: its latest version approved). */
export interface TestReportFact {
	cycleId: string;
	state: ReviewState;
	approved: boolean;
	versionNumber: number | null;
	sha256: string | null;
}

export interface TestingGateFacts {
	facts: TestFacts;
	/** Closed cycles' report deliverables; a closed cycle without one has no report to approve. */
	reports: readonly TestReportFact[];
}

/** What a testing object looked like when the gate found it short (kept in a waiver's `observed`). */
export interface TestingObserved {
	state: ReviewState | CycleStatus | DefectStatus | 'notRun';
	/** Cycles: which check it falls short of. */
	cycleCheck?: 'uat' | 'report';
	/** UAT cycles: the exit criteria not met. */
	unmet?: ExitCriterionKey[];
	/** Defects. */
	severity?: DefectSeverity;
	/** Report deliverables. */
	versionNumber?: number | null;
	sha256?: string | null;
}

/** Shaped as the gate's exception (gate-evaluation.ts GateException) before its waiver is looked up. */
export interface TestingShortfall {
	subjectType: 'testCycle' | 'testCase' | 'defect';
	subjectId: string;
	name: string;
	nameEn: null;
	/** TC-001, DF-001; null for a cycle (named). */
	wbs: string | null;
	observed: TestingObserved;
	overdue: false;
}

const shortfall = (
	subjectType: TestingShortfall['subjectType'],
	subjectId: string,
	wbs: string | null,
	name: string,
	observed: TestingObserved
): TestingShortfall => ({ subjectType, subjectId, name, nameEn: null, wbs, observed, overdue: false });

export interface TestingGateCheck {
	total: number;
	shortfalls: TestingShortfall[];
	/** Short with no object to name or waive (no UAT cycle at all): the item stays unmet until one exists. */
	nothingToWaive: boolean;
}

export function testingGateCheck(item: TestingGateItem, input: TestingGateFacts): TestingGateCheck {
	switch (item) {
		case 'testing.gate.cases':
			return casesRun(input.facts);
		case 'testing.gate.defects':
			return noOpenSevere(input.facts);
		case 'testing.gate.uat':
			return uatPassed(input.facts);
		case 'testing.gate.report':
			return reportsApproved(input);
	}
}

/**
 * Every planned case has run: at least once somewhere, and in every cycle still open. A case left unrun in a
 * closed cycle but run in a later one counts as run; one planned only into cycles where it never ran does not.
 */
function casesRun(facts: TestFacts): TestingGateCheck {
	const closed = new Set(facts.cycles.filter((c) => c.status === 'closed').map((c) => c.id));
	const cases = new Map<string, { code: string; name: string; ranOnce: boolean; openUnrun: boolean }>();
	for (const p of facts.planned) {
		const c = cases.get(p.caseId) ?? { code: p.code, name: p.title, ranOnce: false, openUnrun: false };
		if (p.latestResult) c.ranOnce = true;
		else if (!closed.has(p.cycleId)) c.openUnrun = true;
		cases.set(p.caseId, c);
	}
	const shortfalls: TestingShortfall[] = [];
	for (const [id, c] of cases)
		if (!c.ranOnce || c.openUnrun)
			shortfalls.push(shortfall('testCase', id, c.code, c.name, { state: 'notRun' }));
	return { total: cases.size, shortfalls, nothingToWaive: false };
}

/** No 致命/严重 defect open; out of all severe defects raised (a settled one meets it). */
function noOpenSevere(facts: TestFacts): TestingGateCheck {
	const severe = facts.defects.filter((d) => isSevere(d.severity));
	return {
		total: severe.length,
		shortfalls: severe
			.filter((d) => isDefectOpen(d.status))
			.map((d) => shortfall('defect', d.id, d.code, d.title, { state: d.status, severity: d.severity })),
		nothingToWaive: false
	};
}

/**
 * Every UAT cycle closed with its exit criteria met (evaluated live, so a defect reopened after closing shows).
 * With no UAT cycle the client has accepted nothing: the item is unmet and there is no cycle to waive.
 */
function uatPassed(facts: TestFacts): TestingGateCheck {
	const uat = facts.cycles.filter((c) => c.type === 'uat');
	const shortfalls: TestingShortfall[] = [];
	for (const c of uat) {
		const exit = testFigures(facts, c.id).exit;
		const unmet = exit ? exit.criteria.filter((k) => !k.met).map((k) => k.key) : [];
		if (c.status === 'closed' && !unmet.length) continue;
		shortfalls.push(
			shortfall('testCycle', c.id, null, c.name, { state: c.status, cycleCheck: 'uat', unmet })
		);
	}
	return { total: uat.length, shortfalls, nothingToWaive: uat.length === 0 };
}

/** Every closed cycle's 测试报告 has a version both sides approved. */
function reportsApproved({ facts, reports }: TestingGateFacts): TestingGateCheck {
	const closed = facts.cycles.filter((c) => c.status === 'closed');
	const shortfalls: TestingShortfall[] = [];
	for (const c of closed) {
		const report = reports.find((r) => r.cycleId === c.id);
		if (report?.approved) continue;
		shortfalls.push(
			shortfall('testCycle', c.id, null, c.name, {
				state: report?.state ?? 'draft',
				cycleCheck: 'report',
				versionNumber: report?.versionNumber ?? null,
				sha256: report?.sha256 ?? null
			})
		);
	}
	return { total: closed.length, shortfalls, nothingToWaive: false };
}
