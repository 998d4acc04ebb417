import { burnDown } from './burn-down';
import { exitEvaluation } from './exit-criteria';
import {
	AGE_BUCKETS,
	type AgeBucket,
	type FigureDefectFact,
	type FigurePlannedFact,
	type FigureRequirementFact,
	type ResultCounts,
	type TestFacts,
	type TestFigures,
	type TestOffender
} from './figures-types';
import { caseOffender } from './offenders';
import { isDefectOpen, isSevere } from './rules';
import { DEFECT_SEVERITIES, type DefectSeverity } from './types';

export * from './figures-types';
export { BURN_DOWN_MAX_DAYS } from './burn-down';

// The live figures of testing, per cycle and overall, computed from facts the server loads in a few queries:
// the overview, the exit criteria, the testing gate, the test report and the cutover go/no-go all read these,
// so they never disagree. Each shortfall names its offending objects so a screen can link to them.

const percent = (n: number, of: number) => (of ? Math.round((n / of) * 1000) / 10 : null);
const emptyCounts = (): ResultCounts => ({ executed: 0, passed: 0, failed: 0, blocked: 0 });

/** The figures of one cycle, or overall when `cycleId` is null. */
export function testFigures(facts: TestFacts, cycleId: string | null): TestFigures {
	const cycle = cycleId ? (facts.cycles.find((c) => c.id === cycleId) ?? null) : null;
	const planned = cycleId ? facts.planned.filter((p) => p.cycleId === cycleId) : facts.planned;
	const counts = emptyCounts();
	const bySource = { real: emptyCounts(), simulated: emptyCounts() };
	const notRunBySource = { real: 0, simulated: 0 };
	for (const p of planned) {
		if (!p.latestResult) {
			notRunBySource[p.dataSource]++;
			continue;
		}
		for (const c of [counts, bySource[p.latestSource ?? p.dataSource]]) {
			c.executed++;
			c[p.latestResult]++;
		}
	}
	const caseIds = new Set(planned.map((p) => p.caseId));
	const defects = cycleId
		? facts.defects.filter((d) => d.cycleId === cycleId || caseIds.has(d.caseId))
		: facts.defects;
	const open = defects.filter((d) => isDefectOpen(d.status));
	const passingCases = new Set(planned.filter((p) => p.latestResult === 'passed').map((p) => p.caseId));
	const coverage = requirementCoverage(facts, passingCases);
	const figures: TestFigures = {
		cycleId,
		planned: planned.length,
		...counts,
		notRun: planned.length - counts.executed,
		executedPct: percent(counts.executed, planned.length),
		passRate: percent(counts.passed, planned.length),
		passRateOfExecuted: percent(counts.passed, counts.executed),
		bySource,
		notRunBySource,
		openDefects: openDefectCounts(open),
		ageing: ageing(open),
		requirementCoverage: coverage.all,
		mustCoverage: coverage.must,
		customisationsUntested: untestedCustomisations(facts, passingCases),
		failedWithoutDefect: failedWithoutDefect(planned, defects),
		burnDown: cycle ? burnDown(cycle, planned, facts.today) : [],
		exit: null
	};
	if (cycle) figures.exit = exitEvaluation(cycle, figures, planned, open);
	return figures;
}

function openDefectCounts(open: readonly FigureDefectFact[]): TestFigures['openDefects'] {
	const sides = () => ({ client: 0, vendor: 0 });
	const bySeverity = Object.fromEntries(DEFECT_SEVERITIES.map((s) => [s, 0])) as Record<
		DefectSeverity,
		number
	>;
	const matrix = Object.fromEntries(DEFECT_SEVERITIES.map((s) => [s, sides()])) as Record<
		DefectSeverity,
		Record<'client' | 'vendor', number>
	>;
	const bySide = sides();
	for (const d of open) {
		bySeverity[d.severity]++;
		bySide[d.ownerSide]++;
		matrix[d.severity][d.ownerSide]++;
	}
	return {
		total: open.length,
		severe: open.filter((d) => isSevere(d.severity)).length,
		bySeverity,
		bySide,
		matrix
	};
}

function ageing(open: readonly FigureDefectFact[]): TestFigures['ageing'] {
	const buckets = Object.fromEntries(AGE_BUCKETS.map((b) => [b.key, 0])) as Record<AgeBucket, number>;
	let oldest: FigureDefectFact | null = null;
	for (const d of open) {
		buckets[AGE_BUCKETS.find((b) => d.ageDays <= b.max)!.key]++;
		if (!oldest || d.ageDays > oldest.ageDays) oldest = d;
	}
	return {
		buckets,
		oldest: oldest ? { id: oldest.id, code: oldest.code, name: oldest.title, days: oldest.ageDays } : null
	};
}

function requirementCoverage(facts: TestFacts, passingCases: ReadonlySet<string>) {
	const covered = new Set<string>();
	for (const l of facts.links)
		if (l.type === 'requirement' && passingCases.has(l.caseId)) covered.add(l.objectId);
	const offender = (r: FigureRequirementFact): TestOffender => ({
		object: 'requirement',
		id: r.id,
		code: r.code,
		name: r.title,
		why: 'noPassingCase'
	});
	const of = (list: readonly FigureRequirementFact[]) => ({
		total: list.length,
		covered: list.filter((r) => covered.has(r.id)).length,
		uncovered: list.filter((r) => !covered.has(r.id)).map(offender)
	});
	return { all: of(facts.requirements), must: of(facts.requirements.filter((r) => r.must)) };
}

function untestedCustomisations(facts: TestFacts, passingCases: ReadonlySet<string>): TestOffender[] {
	const tested = new Set<string>();
	for (const l of facts.links)
		if (l.type === 'customisation' && passingCases.has(l.caseId)) tested.add(l.objectId);
	return facts.customisations
		.filter((c) => !tested.has(c.id))
		.map((c) => ({ object: 'customisation', id: c.id, code: c.code, name: c.title, why: 'untested' }));
}

/**
 * A case whose latest run in a cycle failed with no defect to explain it: one raised in that cycle (a rejected
 * one does not count) or one still open from any cycle. A defect settled in an earlier cycle does not explain a
 * new failure.
 */
function failedWithoutDefect(
	planned: readonly FigurePlannedFact[],
	defects: readonly FigureDefectFact[]
): TestOffender[] {
	const inCycle = new Set<string>();
	const open = new Set<string>();
	for (const d of defects) {
		if (d.status === 'rejected') continue;
		inCycle.add(`${d.cycleId} ${d.caseId}`);
		if (isDefectOpen(d.status)) open.add(d.caseId);
	}
	const seen = new Set<string>();
	const out: TestOffender[] = [];
	for (const p of planned) {
		if (p.latestResult !== 'failed' || seen.has(p.caseId)) continue;
		if (open.has(p.caseId) || inCycle.has(`${p.cycleId} ${p.caseId}`)) continue;
		seen.add(p.caseId);
		out.push(caseOffender(p, 'noDefect'));
	}
	return out;
}
