import {
	CASE_STATUSES,
	TEST_PRIORITIES,
	type CaseStatus,
	type CycleStatus,
	type CycleType,
	type DataSource,
	type RunResult,
	type TestPriority
} from './types';

// Test cases (测试用例) and their planning into cycles: the views the pages and the API return, and the list
// queries. A case is reusable: planning puts it into a cycle, it is never copied.

export const CASE_PAGE_SIZE = 50;

export interface CaseStepView {
	/** Stable across edits: runs point at it. */
	id: string;
	position: number;
	action: string;
	expected: string;
}

/** The case's status in one cycle it is planned into (caseStatusOf its latest run). */
export interface CaseCycleStatus {
	cycleId: string;
	cycleName: string;
	cycleType: CycleType;
	cycleStatus: CycleStatus;
	status: CaseStatus;
}

export interface TestCaseSummary {
	id: string;
	number: number;
	/** TC-001 */
	code: string;
	title: string;
	processId: string | null;
	/** TB-001 and the to-be process's name. */
	processCode: string | null;
	processName: string | null;
	priority: TestPriority;
	linkCount: number;
	cycles: CaseCycleStatus[];
	updatedAt: string;
	version: number;
}

export interface CaseLinkView {
	requirements: { id: string; code: string; title: string }[];
	processSteps: { id: string; processId: string; position: number; name: string }[];
	customisations: { id: string; code: string; title: string }[];
}

export interface CaseRunView {
	id: string;
	cycleId: string;
	cycleName: string;
	result: RunResult;
	dataSource: DataSource;
	testerName: string;
	executedAt: string;
}

export interface TestCaseView extends TestCaseSummary {
	preconditions: string;
	testData: string;
	steps: CaseStepView[];
	links: CaseLinkView;
	/** The newest runs across cycles (at most RUN_HISTORY_LIMIT). */
	runs: CaseRunView[];
	createdAt: string;
}

export const RUN_HISTORY_LIMIT = 50;

export interface CaseQuery {
	processId: string | null;
	priority: TestPriority | null;
	requirementId: string | null;
	customisationId: string | null;
	/** Words of the title, or a code (TC-007). */
	text: string | null;
	page: number;
}

export const DEFAULT_CASE_QUERY: CaseQuery = {
	processId: null,
	priority: null,
	requirementId: null,
	customisationId: null,
	text: null,
	page: 1
};

export interface CasePage {
	items: TestCaseSummary[];
	total: number;
	page: number;
	pageSize: number;
}

const oneOf = <T extends string>(list: readonly T[], v: string): v is T =>
	(list as readonly string[]).includes(v);

function readPage(params: URLSearchParams, invalid: string[]): number {
	const page = (params.get('page') ?? '').trim();
	if (!page) return 1;
	const n = Number(page);
	if (Number.isInteger(n) && n >= 1 && n <= 100_000) return n;
	invalid.push('page');
	return 1;
}

function readId(params: URLSearchParams, name: string, invalid: string[]): string | null {
	const v = (params.get(name) ?? '').trim();
	if (!v) return null;
	if (v.length <= 64) return v;
	invalid.push(name);
	return null;
}

/** The list's filters from a URL: `process`, `priority`, `requirement`, `customisation`, `q`, `page`. */
export function parseCaseQuery(params: URLSearchParams): { query: CaseQuery; invalid: string[] } {
	const invalid: string[] = [];
	const q: CaseQuery = { ...DEFAULT_CASE_QUERY };
	q.processId = readId(params, 'process', invalid);
	q.requirementId = readId(params, 'requirement', invalid);
	q.customisationId = readId(params, 'customisation', invalid);
	const priority = (params.get('priority') ?? '').trim();
	if (priority) {
		if (oneOf(TEST_PRIORITIES, priority)) q.priority = priority;
		else invalid.push('priority');
	}
	const text = (params.get('q') ?? '').trim();
	if (text) {
		if (text.length <= 200) q.text = text;
		else invalid.push('q');
	}
	q.page = readPage(params, invalid);
	return { query: q, invalid };
}

/** "TC-007", "tc7", "7" → 7; anything else is words of a title (null). */
export function caseNumberOf(text: string): number | null {
	const m = /^(?:TC-?)?0*(\d{1,6})$/i.exec(text.trim());
	return m ? Number(m[1]) : null;
}

/** A LIKE pattern that finds `text` anywhere, its own % _ and \ taken literally (escape character \). */
export function containsPattern(text: string): string {
	return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

// Planning ------------------------------------------------------------------------------------------------

export interface PlannedCaseView {
	/** The planning row (test_cycle_cases). */
	id: string;
	caseId: string;
	code: string;
	title: string;
	priority: TestPriority;
	processId: string | null;
	assigneeMemberId: string | null;
	assigneeName: string | null;
	dataSource: DataSource;
	status: CaseStatus;
	runCount: number;
	latestRunAt: string | null;
	latestDataSource: DataSource | null;
	position: number;
	plannedAt: string;
	version: number;
}

export interface PlannedCaseQuery {
	status: CaseStatus | null;
	page: number;
}

export interface PlannedCasePage {
	items: PlannedCaseView[];
	total: number;
	page: number;
	pageSize: number;
	/** Planned cases by status, whatever the filter. */
	counts: Record<CaseStatus, number>;
}

export function parsePlannedQuery(params: URLSearchParams): { query: PlannedCaseQuery; invalid: string[] } {
	const invalid: string[] = [];
	const status = (params.get('status') ?? '').trim();
	let s: CaseStatus | null = null;
	if (status) {
		if (oneOf(CASE_STATUSES, status)) s = status;
		else invalid.push('status');
	}
	return { query: { status: s, page: readPage(params, invalid) }, invalid };
}

/** What a planning request did: cases newly planned, and those already in the cycle (left as they were). */
export interface PlanningResult {
	planned: number;
	alreadyPlanned: number;
}

/**
 * Positions for newly planned cases after the cycle's last one, in the order given, skipping cases the cycle
 * already holds and repeats within the request.
 */
export function planPositions(
	caseIds: readonly string[],
	alreadyPlanned: ReadonlySet<string>,
	lastPosition: number
): { caseId: string; position: number }[] {
	const seen = new Set<string>();
	const out: { caseId: string; position: number }[] = [];
	for (const id of caseIds) {
		if (alreadyPlanned.has(id) || seen.has(id)) continue;
		seen.add(id);
		out.push({ caseId: id, position: lastPosition + out.length + 1 });
	}
	return out;
}

/** Who may plan cases into a cycle, change assignees and unplan: managers and the vendor's members. */
export function canPlanCases(member: { side: string }, canManage: boolean): boolean {
	return canManage || member.side === 'vendor';
}
