import type { ExitEvaluation, FigureCycleFact, TestFacts, TestFigures, TestOffender } from './figures-types';

// What the testing screens are sent of the figures: every count, but only the first offenders of each list (a
// cycle of 5,000 cases must not ship 5,000 names to a page that shows twenty).

export const OVERVIEW_LIST_MAX = 20;

export interface Listed {
	items: TestOffender[];
	total: number;
}

export const listed = (all: readonly TestOffender[], max = OVERVIEW_LIST_MAX): Listed => ({
	items: all.slice(0, max),
	total: all.length
});

/** The exit evaluation with each criterion's offenders cut to `max` (offenderCount keeps the whole count). */
export function exitView(exit: ExitEvaluation, max = OVERVIEW_LIST_MAX): ExitEvaluation {
	return {
		met: exit.met,
		criteria: exit.criteria.map((c) => ({
			...c,
			offenders: c.offenders.slice(0, max),
			offenderCount: c.offenderCount ?? c.offenders.length
		}))
	};
}

export interface FiguresView extends Omit<
	TestFigures,
	'requirementCoverage' | 'mustCoverage' | 'customisationsUntested' | 'failedWithoutDefect' | 'exit'
> {
	requirementCoverage: { total: number; covered: number };
	mustCoverage: { total: number; covered: number; uncovered: Listed };
	customisationsUntested: Listed;
	failedWithoutDefect: Listed;
	exit: ExitEvaluation | null;
}

export function figuresView(f: TestFigures, max = OVERVIEW_LIST_MAX): FiguresView {
	return {
		...f,
		requirementCoverage: { total: f.requirementCoverage.total, covered: f.requirementCoverage.covered },
		mustCoverage: {
			total: f.mustCoverage.total,
			covered: f.mustCoverage.covered,
			uncovered: listed(f.mustCoverage.uncovered, max)
		},
		customisationsUntested: listed(f.customisationsUntested, max),
		failedWithoutDefect: listed(f.failedWithoutDefect, max),
		exit: f.exit ? exitView(f.exit, max) : null
	};
}

/** A cycle as the overview names it. */
export type CycleHeading = Pick<
	FigureCycleFact,
	'id' | 'name' | 'type' | 'status' | 'startsOn' | 'finishesOn'
>;

export const cycleHeading = (c: FigureCycleFact): CycleHeading => ({
	id: c.id,
	name: c.name,
	type: c.type,
	status: c.status,
	startsOn: c.startsOn,
	finishesOn: c.finishesOn
});

/** The dashboard's testing panel: null while the project has no test cycle (the panel is hidden). */
export interface TestingSummary {
	planned: number;
	executedPct: number | null;
	passRate: number | null;
	openSevere: number;
	/** Planned cases whose result rests, or will rest, on 乙方 simulated data. */
	simulated: number;
}

export function testingSummary(
	facts: Pick<TestFacts, 'cycles'>,
	overall: TestFigures
): TestingSummary | null {
	if (!facts.cycles.length) return null;
	return {
		planned: overall.planned,
		executedPct: overall.executedPct,
		passRate: overall.passRate,
		openSevere: overall.openDefects.severe,
		simulated: overall.bySource.simulated.executed + overall.notRunBySource.simulated
	};
}

const OFFENDER_FOLDER: Record<TestOffender['object'], string> = {
	testCase: 'testing/cases',
	defect: 'testing/defects',
	testCycle: 'testing/cycles',
	requirement: 'design/requirements',
	customisation: 'design/customisations'
};

/** Where an offender is fixed, under /projects/{id}/. */
export const testOffenderPath = (o: Pick<TestOffender, 'object' | 'id'>) =>
	`${OFFENDER_FOLDER[o.object]}/${encodeURIComponent(o.id)}`;

/** A rate for the screen: "95.5%", or "—" with nothing to count. */
export const percentText = (value: number | null) => (value === null ? null : `${value}%`);
