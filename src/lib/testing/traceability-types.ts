import type { CustomisationStatus, FitVerdict, Priority } from '../design/types';
import type { TestFacts } from './figures-types';
import type { CaseStatus, CycleType, DataSource, DefectSeverity, DefectStatus } from './types';

// The traceability view (追溯矩阵): facts it reads beyond the test figures' own, and the views it gives, from
// pain point all the way to defect. Views only; traceability.ts builds them.

/** The four questions the view answers, each a list of offenders. */
export const TRACE_QUESTIONS = [
	'mustUntested',
	'stepsWithoutCase',
	'customisationsUntested',
	'failedWithoutDefect'
] as const;
export type TraceQuestion = (typeof TRACE_QUESTIONS)[number];

/**
 * A matrix row's verdict: 已通过 (≥ 1 linked case passed: what requirement coverage counts), 未通过 (no pass, some
 * case failed or blocked), 未测试 (cases linked, none run), 无用例 (no case traces to it).
 */
export const ROW_VERDICTS = ['passing', 'failing', 'untested', 'noCase'] as const;
export type RowVerdict = (typeof ROW_VERDICTS)[number];

export const TRACE_PAGE_SIZE = 50;
/** A matrix row names this many cases and open defects; the requirement's own page shows every one. */
export const TRACE_CASES_PER_ROW = 6;
export const TRACE_DEFECTS_PER_ROW = 4;

/** A requirement's design facts (every requirement of the project; the test facts say which are in scope). */
export interface TraceRequirementFact {
	id: string;
	priority: Priority;
	fit: FitVerdict | null;
	/** The to-be process and step it derives from (TB-003). */
	processId: string | null;
	processCode: string | null;
	processName: string | null;
	stepId: string | null;
	stepName: string | null;
}

/** A pain point a to-be process resolves (process_pain_points). */
export interface TracePainFact {
	processId: string;
	id: string;
	code: string;
	title: string;
}

/** A step of an in-scope to-be process. */
export interface TraceStepFact {
	id: string;
	processId: string;
	processCode: string;
	processName: string;
	/** 1-based, as the process page numbers its steps. */
	position: number;
	name: string;
}

/** customisation_requirements, customisations not cancelled. */
export interface TraceCustomisationLink {
	customisationId: string;
	requirementId: string;
}

export interface TraceFacts {
	test: TestFacts;
	requirements: readonly TraceRequirementFact[];
	pains: readonly TracePainFact[];
	steps: readonly TraceStepFact[];
	customisationLinks: readonly TraceCustomisationLink[];
	/** Every test case's code and title (a case linked but never planned has no planned fact to name it). */
	cases: readonly TraceRef[];
}

export interface TraceRef {
	id: string;
	code: string;
	title: string;
}

export interface TraceDefectRef extends TraceRef {
	severity: DefectSeverity;
	status: DefectStatus;
	ownerSide: 'client' | 'vendor';
}

/** A case planned into a cycle: its latest status there and the data it rested on (or is planned on). */
export interface TraceCaseCycle {
	cycleId: string;
	cycleName: string;
	cycleType: CycleType;
	status: CaseStatus;
	source: DataSource;
}

export interface TraceCase extends TraceRef {
	cycles: TraceCaseCycle[];
}

export interface TraceRow {
	id: string;
	code: string;
	title: string;
	priority: Priority;
	fit: FitVerdict | null;
	painPoints: TraceRef[];
	process: { id: string; code: string; name: string } | null;
	step: { id: string; name: string } | null;
	customisations: TraceRef[];
	/** Problems first (failed, blocked, not run, passed), at most TRACE_CASES_PER_ROW. */
	cases: TraceCase[];
	moreCases: number;
	openDefects: TraceDefectRef[];
	moreDefects: number;
	verdict: RowVerdict;
}

export interface TraceFilter {
	priority: Priority | null;
	verdict: RowVerdict | null;
	processId: string | null;
}

/** An answer's item: what falls short, linked by object (a step links to its process). */
export interface TraceOffender {
	object: 'requirement' | 'processStep' | 'customisation' | 'testCase';
	id: string;
	code: string;
	name: string;
	/** processStep: its to-be process. */
	processId: string | null;
	processName: string | null;
}

export interface TracePage<T> {
	items: T[];
	total: number;
	page: number;
	pageSize: number;
}

/** What the matrix screen and the API get: counts always, then the matrix page or one question's page. */
export interface Traceability {
	counts: Record<TraceQuestion, number>;
	question: TraceQuestion | null;
	matrix: TracePage<TraceRow> | null;
	offenders: TracePage<TraceOffender> | null;
	/** Row verdicts of the requirements in scope (unfiltered), for the summary line. */
	verdicts: Record<RowVerdict, number>;
	filter: TraceFilter;
	/** In-scope to-be processes, for the process filter (matrix only). */
	processes: { id: string; code: string; name: string }[];
}

/** One requirement's whole chain (the per-requirement page). */
export interface RequirementChain {
	requirement: TraceRef & {
		priority: Priority;
		fit: FitVerdict | null;
		/** False for a 不实施 verdict or 暂不 priority: testing leaves it out. */
		inScope: boolean;
	};
	painPoints: (TraceRef & { processCode: string; processName: string; stepName: string | null })[];
	asIs: { id: string; code: string; name: string } | null;
	toBe: { id: string; code: string; name: string } | null;
	step: { id: string; position: number; name: string } | null;
	customisations: (TraceRef & { status: CustomisationStatus })[];
	cases: (TraceRef & {
		runs: (TraceCaseCycle & {
			runCount: number;
			latestRunAt: string | null;
			testerName: string | null;
		})[];
	})[];
	defects: (TraceDefectRef & { caseId: string; caseCode: string; cycleName: string; open: boolean })[];
	verdict: RowVerdict;
}
