import { testFigures } from '../../testing/figures';
import { isDefectOpen } from '../../testing/rules';
import {
	answerCounts,
	answerPage,
	traceAnswers,
	traceIndex,
	traceMatrix,
	verdictCounts,
	verdictOf,
	type RequirementChain,
	type TraceFacts,
	type TraceFilter,
	type TraceQuestion,
	type Traceability
} from '../../testing/traceability';
import { DEFAULT_TRACE_QUERY } from '../../testing/traceability-query';
import type { Conn } from '../db';
import { DomainError } from '../errors';
import {
	chainCases,
	chainCustomisations,
	chainDefects,
	chainHead,
	chainPainPoints,
	chainPlanned
} from '../repo/test-trace-chain';
import {
	traceCaseRefs,
	traceCustomisationLinks,
	tracePainFacts,
	traceProcessOptions,
	traceRequirementFacts,
	traceStepFacts
} from '../repo/test-traceability';
import { loadTestFacts } from './test-figures';

/** The test figures' facts and the design facts of the chain, loaded together. */
export async function loadTraceFacts(db: Conn, projectId: string, now = new Date()): Promise<TraceFacts> {
	const [test, requirements, pains, steps, customisationLinks, cases] = await Promise.all([
		loadTestFacts(db, projectId, now),
		traceRequirementFacts(db, projectId),
		tracePainFacts(db, projectId),
		traceStepFacts(db, projectId),
		traceCustomisationLinks(db, projectId),
		traceCaseRefs(db, projectId)
	]);
	return { test, requirements, pains, steps, customisationLinks, cases };
}

export interface TraceOptions {
	question?: TraceQuestion | null;
	page?: number;
	filter?: Partial<TraceFilter>;
}

/**
 * The traceability screen: the four questions' counts, then either one page of the matrix (filtered) or one page
 * of a question's offenders. The other parts are not built, so the answer stays small.
 */
export async function getTraceability(
	db: Conn,
	projectId: string,
	{ question = null, page = 1, filter = {} }: TraceOptions = {},
	now = new Date()
): Promise<Traceability> {
	const full: TraceFilter = { ...DEFAULT_TRACE_QUERY.filter, ...filter };
	const [facts, processes] = await Promise.all([
		loadTraceFacts(db, projectId, now),
		question ? Promise.resolve([]) : traceProcessOptions(db, projectId)
	]);
	const answers = traceAnswers(facts, testFigures(facts.test, null));
	const index = traceIndex(facts);
	return {
		counts: answerCounts(answers),
		question,
		matrix: question ? null : traceMatrix(facts, full, page, index),
		offenders: question ? answerPage(answers, question, page) : null,
		verdicts: verdictCounts(facts, index),
		filter: full,
		processes
	};
}

/** One requirement's whole chain; another project's requirement is not found (404). */
export async function getRequirementChain(
	db: Conn,
	projectId: string,
	requirementId: string
): Promise<RequirementChain> {
	const head = await chainHead(db, projectId, requirementId);
	if (!head) throw new DomainError('not_found', 'error.notFound');
	const [painPoints, customisations, cases] = await Promise.all([
		head.toBe ? chainPainPoints(db, projectId, head.toBe.id) : Promise.resolve([]),
		chainCustomisations(db, projectId, requirementId),
		chainCases(db, projectId, requirementId)
	]);
	const caseIds = cases.map((c) => c.id);
	const [planned, defects] = await Promise.all([
		chainPlanned(db, projectId, caseIds),
		chainDefects(db, projectId, caseIds)
	]);
	const codeOf = new Map(cases.map((c) => [c.id, c.code]));
	const { toBe, asIs, step, ...requirement } = head;
	return {
		requirement: {
			...requirement,
			inScope: requirement.fit !== 'notImplemented' && requirement.priority !== 'wont'
		},
		painPoints,
		asIs,
		toBe,
		step,
		customisations,
		cases: cases.map((c) => ({
			...c,
			runs: planned.filter((p) => p.caseId === c.id).map(({ caseId: _, ...run }) => run)
		})),
		defects: defects.map((d) => ({
			...d,
			caseCode: codeOf.get(d.caseId) ?? '',
			open: isDefectOpen(d.status)
		})),
		verdict: verdictOf(
			planned.map((p) => (p.status === 'notRun' ? null : p.status)),
			cases.length > 0
		)
	};
}
