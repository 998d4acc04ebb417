import { needsScopeSignoff } from './rules';
import {
	FIT_VERDICTS,
	PRIORITIES,
	REQUIREMENT_CATEGORIES,
	type CustomisationStatus,
	type CustomisationType,
	type FitVerdict,
	type OwnerSide,
	type Priority,
	type RequirementCategory
} from './types';

// Requirements with their fit/gap verdict: the views the pages and the API return, the list's query and the
// fit/gap summary. A client requirement the vendor will not implement is a scope decision both leads sign.

export const REQUIREMENT_PAGE_SIZE = 50;

/** Where a requirement stands in the two-sided sign-off: not needed, awaiting both leads (待双方签署), signed. */
export const REQUIREMENT_SIGNOFF_STATES = ['notNeeded', 'pending', 'signed'] as const;
export type RequirementSignoff = (typeof REQUIREMENT_SIGNOFF_STATES)[number];

/** The verdict filter also finds the requirements nobody has analysed yet (未分析). */
export const FIT_FILTERS = ['none', ...FIT_VERDICTS] as const;

/** The list's sign-off filter: a notImplemented requirement still to be signed by both sides, or signed. */
export const SIGNOFF_FILTERS = ['pending', 'signed'] as const satisfies readonly Exclude<
	RequirementSignoff,
	'notNeeded'
>[];
export type FitFilter = (typeof FIT_FILTERS)[number];

/**
 * A requirement that needs the scope sign-off is settled only when its latest review round is approved; the
 * engine reopens that round whenever the signed verdict or reason changes, so a stale approval never counts.
 */
export function requirementSignoff(
	fit: FitVerdict | null,
	requestedBySide: OwnerSide,
	latestRound: 'open' | 'rejected' | 'approved' | null
): RequirementSignoff {
	if (!needsScopeSignoff(fit, requestedBySide)) return 'notNeeded';
	return latestRound === 'approved' ? 'signed' : 'pending';
}

/** Where the two-sided sign-off stands, for a requirement that needs it: what the list and the page show. */
export const REQUIREMENT_SIGNOFF_STAGES = ['notSubmitted', 'inReview', 'rejected', 'signed'] as const;
export type RequirementSignoffStage = (typeof REQUIREMENT_SIGNOFF_STAGES)[number];

export function requirementSignoffStage(
	fit: FitVerdict | null,
	requestedBySide: OwnerSide,
	latestRound: 'open' | 'rejected' | 'approved' | null
): RequirementSignoffStage | null {
	if (!needsScopeSignoff(fit, requestedBySide)) return null;
	if (latestRound === null) return 'notSubmitted';
	return latestRound === 'open' ? 'inReview' : latestRound === 'approved' ? 'signed' : 'rejected';
}

export interface RequirementSummary {
	id: string;
	number: number;
	/** REQ-001 */
	code: string;
	title: string;
	category: RequirementCategory;
	priority: Priority;
	processId: string | null;
	/** TB-003 and the to-be process's name, when it derives from one. */
	processCode: string | null;
	processName: string | null;
	stepId: string | null;
	stepName: string | null;
	requestedBySide: OwnerSide;
	fit: FitVerdict | null;
	signoff: RequirementSignoff;
	/** Null when no sign-off is needed; a lead's rejection shows as such, not as merely pending. */
	signoffStage: RequirementSignoffStage | null;
	updatedAt: string;
	version: number;
}

export interface RequirementCustomisation {
	id: string;
	code: string;
	title: string;
	type: CustomisationType;
	status: CustomisationStatus;
}

export interface RequirementView extends RequirementSummary {
	description: string;
	acceptanceCriteria: string;
	fitReason: string;
	createdAt: string;
	/** The customisations that build it (二次开发清单). */
	customisations: RequirementCustomisation[];
}

export interface RequirementQuery {
	category: RequirementCategory | null;
	priority: Priority | null;
	fit: FitFilter | null;
	processId: string | null;
	signoff: Exclude<RequirementSignoff, 'notNeeded'> | null;
	page: number;
}

export const DEFAULT_REQUIREMENT_QUERY: RequirementQuery = {
	category: null,
	priority: null,
	fit: null,
	processId: null,
	signoff: null,
	page: 1
};

const oneOf = <T extends string>(values: readonly T[], v: string): v is T =>
	(values as readonly string[]).includes(v);

/**
 * The list's filters from URL search params; unknown values are left out and named in `invalid` (the page
 * ignores them, the API refuses them naming the parameter).
 */
export function parseRequirementQuery(params: URLSearchParams): {
	query: RequirementQuery;
	invalid: string[];
} {
	const invalid: string[] = [];
	const q: RequirementQuery = { ...DEFAULT_REQUIREMENT_QUERY };
	const read = (name: string) => (params.get(name) ?? '').trim();
	const category = read('category');
	if (category) {
		if (oneOf(REQUIREMENT_CATEGORIES, category)) q.category = category;
		else invalid.push('category');
	}
	const priority = read('priority');
	if (priority) {
		if (oneOf(PRIORITIES, priority)) q.priority = priority;
		else invalid.push('priority');
	}
	const fit = read('fit');
	if (fit) {
		if (oneOf(FIT_FILTERS, fit)) q.fit = fit;
		else invalid.push('fit');
	}
	const processId = read('process');
	if (processId) {
		if (processId.length <= 64) q.processId = processId;
		else invalid.push('process');
	}
	const signoff = read('signoff');
	if (signoff) {
		if ((SIGNOFF_FILTERS as readonly string[]).includes(signoff))
			q.signoff = signoff as (typeof SIGNOFF_FILTERS)[number];
		else invalid.push('signoff');
	}
	const page = read('page');
	if (page) {
		const n = Number(page);
		if (Number.isInteger(n) && n >= 1 && n <= 100_000) q.page = n;
		else invalid.push('page');
	}
	return { query: q, invalid };
}

/** The query back as URL params (the pager and the summary's cell links keep the other filters). */
export function requirementQueryParams(q: RequirementQuery, change: Partial<RequirementQuery> = {}): string {
	const merged = { ...q, ...change };
	const out = new URLSearchParams();
	if (merged.category) out.set('category', merged.category);
	if (merged.priority) out.set('priority', merged.priority);
	if (merged.fit) out.set('fit', merged.fit);
	if (merged.processId) out.set('process', merged.processId);
	if (merged.signoff) out.set('signoff', merged.signoff);
	if (merged.page > 1) out.set('page', String(merged.page));
	return out.toString();
}

/** One count of the fit/gap analysis: requirements of a priority with a verdict (null: not analysed). */
export interface FitGapCount {
	fit: FitVerdict | null;
	priority: Priority;
	count: number;
}

export interface FitGapSummary {
	/** Rows by verdict (未分析 first), columns by MoSCoW priority. */
	rows: { fit: FitFilter; counts: Record<Priority, number>; total: number }[];
	totals: Record<Priority, number>;
	total: number;
	/** Must requirements still without a verdict: what the redesign gate waits for. */
	mustUnanalysed: number;
}

const zeroes = (): Record<Priority, number> => ({ must: 0, should: 0, could: 0, wont: 0 });

export function fitGapSummary(counts: readonly FitGapCount[]): FitGapSummary {
	const rows = FIT_FILTERS.map((fit) => ({ fit, counts: zeroes(), total: 0 }));
	const totals = zeroes();
	let total = 0;
	for (const c of counts) {
		const row = rows.find((r) => r.fit === (c.fit ?? 'none'))!;
		row.counts[c.priority] += c.count;
		row.total += c.count;
		totals[c.priority] += c.count;
		total += c.count;
	}
	return { rows, totals, total, mustUnanalysed: rows[0].counts.must };
}
