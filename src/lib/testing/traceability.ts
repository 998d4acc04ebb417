import type { FigurePlannedFact, TestFigures, TestOffender } from './figures-types';
import { isDefectOpen } from './rules';
import {
	ROW_VERDICTS,
	TRACE_CASES_PER_ROW,
	TRACE_DEFECTS_PER_ROW,
	TRACE_PAGE_SIZE,
	TRACE_QUESTIONS,
	type RowVerdict,
	type TraceCase,
	type TraceDefectRef,
	type TraceFacts,
	type TraceFilter,
	type TraceOffender,
	type TracePage,
	type TraceQuestion,
	type TraceRef,
	type TraceRow
} from './traceability-types';
import type { CaseStatus } from './types';

export * from './traceability-types';

// The traceability matrix and its four questions. Three questions are the overall test figures' own lists
// (Must coverage, customisations untested, failed cases without a defect), so the overview and the matrix never
// disagree; only "to-be steps without a case" is the matrix's own.

/** Indexes over the facts, built once per request. */
export interface TraceIndex {
	casesOfRequirement: Map<string, string[]>;
	plannedOfCase: Map<string, FigurePlannedFact[]>;
	defectsOfCase: Map<string, TraceFacts['test']['defects'][number][]>;
	verdicts?: { id: string; verdict: RowVerdict }[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

export function traceIndex(facts: TraceFacts): TraceIndex {
	const casesOfRequirement = new Map<string, string[]>();
	for (const l of facts.test.links)
		if (l.type === 'requirement') push(casesOfRequirement, l.objectId, l.caseId);
	const plannedOfCase = new Map<string, FigurePlannedFact[]>();
	for (const p of facts.test.planned) push(plannedOfCase, p.caseId, p);
	const defectsOfCase: TraceIndex['defectsOfCase'] = new Map();
	for (const d of facts.test.defects) push(defectsOfCase, d.caseId, d);
	return { casesOfRequirement, plannedOfCase, defectsOfCase };
}

/** The verdict of a requirement from the latest results of its cases in every cycle they are planned into. */
export function verdictOf(results: readonly (CaseStatus | null)[], hasCase: boolean): RowVerdict {
	if (!hasCase) return 'noCase';
	if (results.includes('passed')) return 'passing';
	if (results.includes('failed') || results.includes('blocked')) return 'failing';
	return 'untested';
}

function requirementVerdict(index: TraceIndex, requirementId: string): RowVerdict {
	const cases = index.casesOfRequirement.get(requirementId);
	if (!cases) return 'noCase';
	let failing = false;
	for (const c of cases)
		for (const p of index.plannedOfCase.get(c) ?? []) {
			if (p.latestResult === 'passed') return 'passing';
			if (p.latestResult) failing = true;
		}
	return failing ? 'failing' : 'untested';
}

const STATUS_ORDER: Record<CaseStatus, number> = { failed: 0, blocked: 1, notRun: 2, passed: 3 };

function traceCase(
	cyclesById: Map<string, TraceFacts['test']['cycles'][number]>,
	index: TraceIndex,
	caseId: string,
	ref: TraceRef
): TraceCase {
	const cycles = (index.plannedOfCase.get(caseId) ?? []).map((p) => {
		const cycle = cyclesById.get(p.cycleId)!;
		return {
			cycleId: p.cycleId,
			cycleName: cycle.name,
			cycleType: cycle.type,
			status: p.latestResult ?? ('notRun' as const),
			source: p.latestSource ?? p.dataSource
		};
	});
	return { ...ref, cycles };
}

/** The worst status a case has in any cycle (what orders a row's cases, problems first). */
const worst = (c: TraceCase) => Math.min(3, ...c.cycles.map((x) => STATUS_ORDER[x.status]));

function defectRef(d: TraceFacts['test']['defects'][number]): TraceDefectRef {
	return {
		id: d.id,
		code: d.code,
		title: d.title,
		severity: d.severity,
		status: d.status,
		ownerSide: d.ownerSide
	};
}

/** One matrix row in full: pain points, process and step, customisations, cases per cycle, open defects. */
function buildRow(
	facts: TraceFacts,
	index: TraceIndex,
	refs: Map<string, TraceRef>,
	requirementId: string,
	verdict: RowVerdict
): TraceRow {
	const r = facts.test.requirements.find((x) => x.id === requirementId)!;
	const d = facts.requirements.find((x) => x.id === requirementId)!;
	const cyclesById = new Map(facts.test.cycles.map((c) => [c.id, c]));
	const customisationIds = new Set(
		facts.customisationLinks.filter((l) => l.requirementId === r.id).map((l) => l.customisationId)
	);
	const caseIds = [...new Set(index.casesOfRequirement.get(r.id) ?? [])];
	const cases = caseIds
		.map((id) => traceCase(cyclesById, index, id, refs.get(id) ?? { id, code: '', title: '' }))
		.sort((a, b) => worst(a) - worst(b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
	const open = caseIds
		.flatMap((id) => index.defectsOfCase.get(id) ?? [])
		.filter((x) => isDefectOpen(x.status))
		.map(defectRef);
	return {
		id: r.id,
		code: r.code,
		title: r.title,
		priority: d.priority,
		fit: d.fit,
		painPoints: d.processId
			? facts.pains
					.filter((p) => p.processId === d.processId)
					.map(({ id, code, title }) => ({ id, code, title }))
			: [],
		process:
			d.processId && d.processCode
				? { id: d.processId, code: d.processCode, name: d.processName ?? '' }
				: null,
		step: d.stepId ? { id: d.stepId, name: d.stepName ?? '' } : null,
		customisations: facts.test.customisations
			.filter((c) => customisationIds.has(c.id))
			.map(({ id, code, title }) => ({ id, code, title })),
		cases: cases.slice(0, TRACE_CASES_PER_ROW),
		moreCases: Math.max(0, cases.length - TRACE_CASES_PER_ROW),
		openDefects: open.slice(0, TRACE_DEFECTS_PER_ROW),
		moreDefects: Math.max(0, open.length - TRACE_DEFECTS_PER_ROW),
		verdict
	};
}

/** Every requirement in scope with its verdict, in number order (computed once per index). */
export function rowVerdicts(facts: TraceFacts, index = traceIndex(facts)) {
	index.verdicts ??= facts.test.requirements.map((r) => ({
		id: r.id,
		verdict: requirementVerdict(index, r.id)
	}));
	return index.verdicts;
}

const clampPage = (page: number, total: number, size: number) =>
	Math.min(Math.max(1, page), Math.max(1, Math.ceil(total / size)));

function slice<T>(all: readonly T[], page: number, size = TRACE_PAGE_SIZE): TracePage<T> {
	const p = clampPage(page, all.length, size);
	return { items: all.slice((p - 1) * size, p * size), total: all.length, page: p, pageSize: size };
}

/** The matrix rows the filter keeps, one page of them built in full. */
export function traceMatrix(
	facts: TraceFacts,
	filter: TraceFilter,
	page: number,
	index = traceIndex(facts)
): TracePage<TraceRow> {
	const details = new Map(facts.requirements.map((d) => [d.id, d]));
	const kept = rowVerdicts(facts, index).filter((r) => {
		const d = details.get(r.id);
		if (!d) return false;
		if (filter.priority && d.priority !== filter.priority) return false;
		if (filter.processId && d.processId !== filter.processId) return false;
		return !filter.verdict || r.verdict === filter.verdict;
	});
	const { items, ...rest } = slice(kept, page);
	const wanted = new Set(items.flatMap((r) => index.casesOfRequirement.get(r.id) ?? []));
	const refs = new Map(facts.cases.filter((c) => wanted.has(c.id)).map((c) => [c.id, c]));
	return { ...rest, items: items.map((r) => buildRow(facts, index, refs, r.id, r.verdict)) };
}

export function verdictCounts(facts: TraceFacts, index = traceIndex(facts)): Record<RowVerdict, number> {
	const counts = Object.fromEntries(ROW_VERDICTS.map((v) => [v, 0])) as Record<RowVerdict, number>;
	for (const r of rowVerdicts(facts, index)) counts[r.verdict]++;
	return counts;
}

const fromFigure = (o: TestOffender): TraceOffender => ({
	object: o.object as TraceOffender['object'],
	id: o.id,
	code: o.code,
	name: o.name,
	processId: null,
	processName: null
});

/** Steps of in-scope to-be processes that no case links to (the one question the figures do not answer). */
export function stepsWithoutCase(facts: TraceFacts): TraceOffender[] {
	const linked = new Set(facts.test.links.filter((l) => l.type === 'processStep').map((l) => l.objectId));
	return facts.steps
		.filter((s) => !linked.has(s.id))
		.map((s) => ({
			object: 'processStep',
			id: s.id,
			code: `${s.processCode} · ${s.position}`,
			name: s.name,
			processId: s.processId,
			processName: s.processName
		}));
}

/**
 * The four answers. `overall` is testFigures(facts.test, null): Must requirements with no passing case,
 * customisations untested and failed cases without a defect are its lists, unchanged.
 */
export function traceAnswers(
	facts: TraceFacts,
	overall: TestFigures
): Record<TraceQuestion, TraceOffender[]> {
	return {
		mustUntested: overall.mustCoverage.uncovered.map(fromFigure),
		stepsWithoutCase: stepsWithoutCase(facts),
		customisationsUntested: overall.customisationsUntested.map(fromFigure),
		failedWithoutDefect: overall.failedWithoutDefect.map(fromFigure)
	};
}

export function answerCounts(answers: Record<TraceQuestion, TraceOffender[]>): Record<TraceQuestion, number> {
	return Object.fromEntries(TRACE_QUESTIONS.map((q) => [q, answers[q].length])) as Record<
		TraceQuestion,
		number
	>;
}

/** One page of a question's offenders. */
export function answerPage(
	answers: Record<TraceQuestion, TraceOffender[]>,
	question: TraceQuestion,
	page: number
): TracePage<TraceOffender> {
	return slice(answers[question], page);
}

/** Where an offender is worked on, under /projects/{id}/ (a step on its process's page). */
export function traceOffenderPath(o: TraceOffender): string {
	switch (o.object) {
		case 'requirement':
			return `design/requirements/${o.id}`;
		case 'processStep':
			return `design/processes/${o.processId}`;
		case 'customisation':
			return `design/customisations/${o.id}`;
		case 'testCase':
			return `testing/cases/${o.id}`;
	}
}
