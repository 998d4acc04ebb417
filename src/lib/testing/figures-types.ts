import type {
	CaseLinkType,
	CycleStatus,
	CycleType,
	DataSource,
	DefectSeverity,
	DefectStatus,
	RunResult
} from './types';

// The facts the test figures read and the figures they give (see figures.ts).

export interface FigureCycleFact {
	id: string;
	name: string;
	type: CycleType;
	status: CycleStatus;
	/** The cycle's plan task dates (YYYY-MM-DD), when it has one. */
	startsOn: string | null;
	finishesOn: string | null;
	exit: { minPassRate: number; noOpenSevere: boolean; mustCovered: boolean; realData: boolean };
	/** Both leads signed the data waiver: results on simulated data are accepted for the real-data criterion. */
	dataWaiverSigned: boolean;
}

/** A case planned into a cycle, with its latest run (test_cycle_cases). */
export interface FigurePlannedFact {
	cycleId: string;
	caseId: string;
	/** TC-001. */
	code: string;
	title: string;
	/** The source the case is planned to run on in this cycle. */
	dataSource: DataSource;
	latestResult: RunResult | null;
	latestSource: DataSource | null;
	/** Project-zone dates (YYYY-MM-DD) it was planned and first run. */
	plannedOn: string;
	firstRunOn: string | null;
}

export interface FigureDefectFact {
	id: string;
	/** DF-001. */
	code: string;
	title: string;
	cycleId: string;
	caseId: string;
	severity: DefectSeverity;
	status: DefectStatus;
	ownerSide: 'client' | 'vendor';
	customisationId: string | null;
	/** 缺陷龄期 in working days (rules.ts defectAgeDays), computed with the project's calendar. */
	ageDays: number;
}

export interface FigureLinkFact {
	caseId: string;
	type: CaseLinkType;
	objectId: string;
}

/** Requirements in scope of testing: a 不实施 verdict or 暂不 priority takes one out. */
export interface FigureRequirementFact {
	id: string;
	code: string;
	title: string;
	must: boolean;
}

/** Customisations not cancelled. */
export interface FigureCustomisationFact {
	id: string;
	code: string;
	title: string;
}

export interface TestFacts {
	cycles: readonly FigureCycleFact[];
	planned: readonly FigurePlannedFact[];
	defects: readonly FigureDefectFact[];
	links: readonly FigureLinkFact[];
	requirements: readonly FigureRequirementFact[];
	customisations: readonly FigureCustomisationFact[];
	/** Today in the project's zone (YYYY-MM-DD): burn-down ends here. */
	today: string;
}

export type TestOffenderObject = 'testCase' | 'defect' | 'requirement' | 'customisation' | 'testCycle';

/** Why an object falls short; a key of the tfig.why catalogue. */
export type TestWhy =
	| 'notRun'
	| 'failed'
	| 'blocked'
	| 'openSevere'
	| 'noPassingCase'
	| 'untested'
	| 'noDefect'
	| 'simulated'
	| 'lowPassRate';

export interface TestOffender {
	object: TestOffenderObject;
	id: string;
	code: string;
	name: string;
	why: TestWhy;
}

export interface ResultCounts {
	executed: number;
	passed: number;
	failed: number;
	blocked: number;
}

export const AGE_BUCKETS = [
	{ key: 'upTo2', max: 2 },
	{ key: 'upTo5', max: 5 },
	{ key: 'upTo10', max: 10 },
	{ key: 'over10', max: Infinity }
] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number]['key'];

export interface BurnDownPoint {
	date: string;
	/** Planned cases not yet run by the end of that day; null for days after today. */
	remaining: number | null;
	/** The straight line from everything planned at the start to nothing at the finish. */
	ideal: number;
}

export const EXIT_CRITERIA = ['passRate', 'noOpenSevere', 'mustCovered', 'realData'] as const;
export type ExitCriterionKey = (typeof EXIT_CRITERIA)[number];

export interface ExitCriterion {
	key: ExitCriterionKey;
	/** What the cycle asks (the pass-rate threshold in %, 1 for the yes/no criteria). */
	threshold: number;
	/** What it has (the pass rate in %, the number of offenders for the others). */
	observed: number;
	met: boolean;
	/** realData met by the signed data waiver rather than by the data. */
	waived: boolean;
	offenders: TestOffender[];
	/** Set when a screen was sent only the first offenders: how many there are in all. */
	offenderCount?: number;
}

export interface ExitEvaluation {
	criteria: ExitCriterion[];
	met: boolean;
}

export interface TestFigures {
	/** Null for the overall figures. */
	cycleId: string | null;
	planned: number;
	executed: number;
	passed: number;
	failed: number;
	blocked: number;
	notRun: number;
	/** Executed of planned, 0–100 (null with nothing planned). */
	executedPct: number | null;
	/** Passed of planned, 0–100: what exit criteria read (an unexecuted case does not pass). */
	passRate: number | null;
	/** Passed of executed, 0–100. */
	passRateOfExecuted: number | null;
	/** Results by the data their latest run rested on. */
	bySource: Record<DataSource, ResultCounts>;
	/** Planned cases not yet run, by the source they are planned to run on (planned = executed + not run). */
	notRunBySource: Record<DataSource, number>;
	openDefects: {
		total: number;
		severe: number;
		bySeverity: Record<DefectSeverity, number>;
		bySide: Record<'client' | 'vendor', number>;
		/** severity → side → count. */
		matrix: Record<DefectSeverity, Record<'client' | 'vendor', number>>;
	};
	/** Open defects by age in working days, and the oldest one. */
	ageing: {
		buckets: Record<AgeBucket, number>;
		oldest: { id: string; code: string; name: string; days: number } | null;
	};
	/** Requirements in scope with ≥ 1 passing case (in this cycle, or in any cycle overall). */
	requirementCoverage: { total: number; covered: number; uncovered: TestOffender[] };
	mustCoverage: { total: number; covered: number; uncovered: TestOffender[] };
	customisationsUntested: TestOffender[];
	failedWithoutDefect: TestOffender[];
	/** Cycles only; empty overall. */
	burnDown: BurnDownPoint[];
	/** Cycles only; null overall. */
	exit: ExitEvaluation | null;
}
