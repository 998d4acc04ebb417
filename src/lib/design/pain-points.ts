import { isSeverePainGap, painPointState, type PainPointState } from './rules';
import {
	CHANNELS,
	PAIN_SCALE,
	PROCESS_DOMAINS,
	type Channel,
	type EvidenceKind,
	type PainStatus,
	type ProcessDomain
} from './types';

// Pain points (痛点) as the screens, the API and the documents read them: views, the list's query, the
// prioritisation grid severity × frequency and the gap list of severe pain points nobody resolves.

export const PAIN_POINT_PAGE_SIZE = 50;
/** One step of the 1–5 scales of severity and frequency. */
export type PainScore = (typeof PAIN_SCALE)[number];
export const PAIN_STATES = ['open', 'deferred', 'resolved'] as const satisfies readonly PainPointState[];

/** A row of the list: only the columns the table shows. */
export interface PainPointSummary {
	id: string;
	number: number;
	code: string;
	title: string;
	processId: string;
	processCode: string;
	processName: string;
	domain: ProcessDomain;
	channel: Channel | null;
	severity: number;
	frequency: number;
	burdensCustomer: boolean;
	status: PainStatus;
	/** How many to-be processes resolve it. */
	resolvedBy: number;
	state: PainPointState;
	priority: number;
}

export interface PainPointResolver {
	id: string;
	code: string;
	name: string;
}

export interface PainPointView extends PainPointSummary {
	stepId: string | null;
	stepName: string | null;
	description: string;
	customerEffect: string;
	rootCause: string;
	evidenceKind: EvidenceKind;
	evidence: string;
	interviewId: string | null;
	interviewLabel: string | null;
	deferralReason: string;
	deferredByName: string;
	deferredAt: string | null;
	resolvers: PainPointResolver[];
	createdAt: string;
	updatedAt: string;
	version: number;
}

export interface PainPointPage {
	items: PainPointSummary[];
	total: number;
	page: number;
	pageSize: number;
}

/**
 * Priority is severity × frequency (1–25): a mild annoyance every day outranks a severe one a year. Severity
 * breaks ties, so of two pain points of equal priority the one that hurts more comes first.
 */
export function painPriority(severity: number, frequency: number): number {
	return severity * frequency;
}

export function comparePainPriority(
	a: Pick<PainPointSummary, 'severity' | 'frequency' | 'number'>,
	b: Pick<PainPointSummary, 'severity' | 'frequency' | 'number'>
): number {
	return (
		painPriority(b.severity, b.frequency) - painPriority(a.severity, a.frequency) ||
		b.severity - a.severity ||
		a.number - b.number
	);
}

export function withState<
	T extends { status: PainStatus; resolvedBy: number; severity: number; frequency: number }
>(row: T): T & { state: PainPointState; priority: number } {
	return {
		...row,
		state: painPointState(row.status, row.resolvedBy),
		priority: painPriority(row.severity, row.frequency)
	};
}

/** The severe pain points the redesign leaves unanswered: severity ≥ 4, no to-be process, not deferred. */
export function severeGaps<T extends { severity: number; state: PainPointState }>(items: readonly T[]): T[] {
	return items.filter((p) => isSeverePainGap(p.severity, p.state));
}

/** The same bands as the register's heat map, read on severity × frequency. */
export type PainBand = 'low' | 'medium' | 'high' | 'critical';

export function painBand(priority: number): PainBand {
	if (priority >= 15) return 'critical';
	if (priority >= 8) return 'high';
	if (priority >= 4) return 'medium';
	return 'low';
}

export interface PainGridCell {
	severity: number;
	frequency: number;
	count: number;
	band: PainBand;
}

/**
 * The prioritisation view: rows by severity from 5 down to 1, columns by frequency 1 to 5 (the most urgent
 * corner top right), each cell counting the pain points there. Counts outside 1–5 are ignored.
 */
export function painGrid(
	counts: readonly { severity: number; frequency: number; count: number }[]
): PainGridCell[][] {
	const at = new Map(counts.map((c) => [`${c.severity}:${c.frequency}`, c.count]));
	return [...PAIN_SCALE].reverse().map((severity) =>
		PAIN_SCALE.map((frequency) => ({
			severity,
			frequency,
			count: at.get(`${severity}:${frequency}`) ?? 0,
			band: painBand(painPriority(severity, frequency))
		}))
	);
}

/** The list's filters, read the same way by the page and the API. */
export interface PainPointQuery {
	processId: string | null;
	domain: ProcessDomain | null;
	channel: Channel | null;
	state: PainPointState | null;
	minSeverity: number | null;
	/** One cell of the grid. */
	severity: number | null;
	frequency: number | null;
	page: number;
}

export const DEFAULT_PAIN_POINT_QUERY: PainPointQuery = {
	processId: null,
	domain: null,
	channel: null,
	state: null,
	minSeverity: null,
	severity: null,
	frequency: null,
	page: 1
};

function scale(value: string): number | null {
	const n = Number(value);
	return Number.isInteger(n) && n >= 1 && n <= 5 ? n : null;
}

/** Unknown values are left out and named in `invalid` (the page ignores them, the API refuses them with 422). */
export function parsePainPointQuery(params: URLSearchParams): { query: PainPointQuery; invalid: string[] } {
	const invalid: string[] = [];
	const q: PainPointQuery = { ...DEFAULT_PAIN_POINT_QUERY };
	const get = (name: string) => (params.get(name) ?? '').trim();
	const process = get('process');
	if (process) {
		if (process.length <= 64) q.processId = process;
		else invalid.push('process');
	}
	const domain = get('domain');
	if (domain) {
		if ((PROCESS_DOMAINS as readonly string[]).includes(domain)) q.domain = domain as ProcessDomain;
		else invalid.push('domain');
	}
	const channel = get('channel');
	if (channel) {
		if ((CHANNELS as readonly string[]).includes(channel)) q.channel = channel as Channel;
		else invalid.push('channel');
	}
	const state = get('state');
	if (state) {
		if ((PAIN_STATES as readonly string[]).includes(state)) q.state = state as PainPointState;
		else invalid.push('state');
	}
	for (const name of ['minSeverity', 'severity', 'frequency'] as const) {
		const value = get(name);
		if (!value) continue;
		const n = scale(value);
		if (n === null) invalid.push(name);
		else q[name] = n;
	}
	// The grid's buttons post one value, `cell=S-F` (severity-frequency).
	const cell = /^([1-5])-([1-5])$/.exec(get('cell'));
	if (get('cell') && !cell) invalid.push('cell');
	if (cell) [q.severity, q.frequency] = [Number(cell[1]), Number(cell[2])];
	const page = get('page');
	if (page) {
		const n = Number(page);
		if (Number.isInteger(n) && n >= 1 && n <= 100000) q.page = n;
		else invalid.push('page');
	}
	return { query: q, invalid };
}

/** The query string of a query, with some filters changed (a grid cell, another page). */
export function painPointQueryParams(query: PainPointQuery, change: Partial<PainPointQuery> = {}): string {
	const q = { ...query, ...change };
	const pairs: [string, string][] = [];
	if (q.processId) pairs.push(['process', q.processId]);
	if (q.domain) pairs.push(['domain', q.domain]);
	if (q.channel) pairs.push(['channel', q.channel]);
	if (q.state) pairs.push(['state', q.state]);
	if (q.minSeverity) pairs.push(['minSeverity', String(q.minSeverity)]);
	if (q.severity) pairs.push(['severity', String(q.severity)]);
	if (q.frequency) pairs.push(['frequency', String(q.frequency)]);
	if (q.page > 1) pairs.push(['page', String(q.page)]);
	return new URLSearchParams(pairs).toString();
}
