import { PRIORITIES } from '../design/types';
import { ROW_VERDICTS, TRACE_QUESTIONS, type TraceFilter, type TraceQuestion } from './traceability-types';

// The traceability screen's URL: ?question=…&page=…&priority=…&verdict=…&process=…

export interface TraceQuery {
	question: TraceQuestion | null;
	page: number;
	filter: TraceFilter;
}

export const DEFAULT_TRACE_QUERY: TraceQuery = {
	question: null,
	page: 1,
	filter: { priority: null, verdict: null, processId: null }
};

const oneOf = <T extends string>(values: readonly T[], v: string): v is T =>
	(values as readonly string[]).includes(v);

/** Priorities a matrix row can have: 暂不 (won't) requirements are out of testing's scope. */
export const TRACE_PRIORITIES = PRIORITIES.filter((p) => p !== 'wont');

/**
 * The query from URL search params; unknown values are left out and named in `invalid` (the page ignores them,
 * the API refuses them naming the parameter).
 */
export function parseTraceQuery(params: URLSearchParams): { query: TraceQuery; invalid: string[] } {
	const invalid: string[] = [];
	const query: TraceQuery = { ...DEFAULT_TRACE_QUERY, filter: { ...DEFAULT_TRACE_QUERY.filter } };
	const read = (name: string) => (params.get(name) ?? '').trim();
	const question = read('question');
	if (question) {
		if (oneOf(TRACE_QUESTIONS, question)) query.question = question;
		else invalid.push('question');
	}
	const priority = read('priority');
	if (priority) {
		if (oneOf(TRACE_PRIORITIES, priority)) query.filter.priority = priority;
		else invalid.push('priority');
	}
	const verdict = read('verdict');
	if (verdict) {
		if (oneOf(ROW_VERDICTS, verdict)) query.filter.verdict = verdict;
		else invalid.push('verdict');
	}
	const processId = read('process');
	if (processId) {
		if (processId.length <= 64) query.filter.processId = processId;
		else invalid.push('process');
	}
	const page = read('page');
	if (page) {
		const n = Number(page);
		if (Number.isInteger(n) && n >= 1 && n <= 100_000) query.page = n;
		else invalid.push('page');
	}
	return { query, invalid };
}

/** The query back as a URL search string, with changes (a question tab drops the page and keeps the filters). */
export function traceQueryString(q: TraceQuery, change: Partial<Omit<TraceQuery, 'filter'>> = {}): string {
	const merged = { ...q, ...change };
	const out = new URLSearchParams();
	if (merged.question) out.set('question', merged.question);
	if (q.filter.priority) out.set('priority', q.filter.priority);
	if (q.filter.verdict) out.set('verdict', q.filter.verdict);
	if (q.filter.processId) out.set('process', q.filter.processId);
	if (merged.page > 1) out.set('page', String(merged.page));
	const s = out.toString();
	return s ? `?${s}` : '?';
}
