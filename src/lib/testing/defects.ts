import {
	DEFECT_SEVERITIES,
	DEFECT_STATUSES,
	type DefectSeverity,
	type DefectStatus,
	type RunResult,
	type TestPriority,
	type TestStepResult
} from './types';

// Defects (缺陷): the views the pages and the API return, and the list's query. A defect is owned by one side
// (甲方 or 乙方), found in a cycle on a case (often from a failed step of a run), and ages in working days.

export const DEFECT_PAGE_SIZE = 50;

/** The sides a defect can be owned by: the one that fixes it. */
export const DEFECT_SIDES = ['client', 'vendor'] as const;
export type DefectSide = (typeof DEFECT_SIDES)[number];

export interface DefectSummary {
	id: string;
	number: number;
	code: string;
	title: string;
	severity: DefectSeverity;
	priority: TestPriority;
	status: DefectStatus;
	ownerSide: DefectSide;
	ownerMemberId: string | null;
	ownerName: string | null;
	cycleId: string;
	cycleName: string;
	caseId: string;
	caseCode: string;
	caseTitle: string;
	customisationId: string | null;
	customisationCode: string | null;
	/** Working days (the project's calendar) from raised to settled, or to today while open. */
	ageDays: number;
	createdAt: string;
	settledAt: string | null;
	version: number;
}

/** The run step a defect came from, as it was recorded (the copy of the case step kept with the run). */
export interface DefectRunStep {
	id: string;
	position: number;
	action: string;
	expected: string;
	actual: string;
	result: TestStepResult;
}

export interface DefectRunRef {
	id: string;
	result: RunResult;
	executedAt: string;
	testerName: string;
}

export interface DefectEventView {
	id: string;
	from: DefectStatus | null;
	to: DefectStatus;
	note: string;
	actorName: string;
	at: string;
}

export interface DefectView extends DefectSummary {
	description: string;
	raisedByName: string;
	rejectReason: string;
	resolution: string;
	toRetestAt: string | null;
	run: DefectRunRef | null;
	runStep: DefectRunStep | null;
	/** The passing retest that closed it (shown once closed). */
	retestRun: DefectRunRef | null;
	deferral: { id: string; code: string; title: string } | null;
	customisationTitle: string | null;
	events: DefectEventView[];
	updatedAt: string;
}

export interface DefectQuery {
	status: DefectStatus | null;
	severity: DefectSeverity | null;
	ownerSide: DefectSide | null;
	cycleId: string | null;
	customisationId: string | null;
	/** 只看未关闭: leave out closed, rejected and deferred ones. */
	openOnly: boolean;
	page: number;
}

export const DEFAULT_DEFECT_QUERY: DefectQuery = {
	status: null,
	severity: null,
	ownerSide: null,
	cycleId: null,
	customisationId: null,
	openOnly: false,
	page: 1
};

const oneOf = <T extends string>(list: readonly T[], v: string): v is T =>
	(list as readonly string[]).includes(v);

/** The list's filters from a URL; a value that cannot be read is named in `invalid` (the API refuses it). */
export function parseDefectQuery(params: URLSearchParams): { query: DefectQuery; invalid: string[] } {
	const invalid: string[] = [];
	const q: DefectQuery = { ...DEFAULT_DEFECT_QUERY };
	const read = (name: string) => (params.get(name) ?? '').trim();
	const status = read('status');
	if (status) {
		if (oneOf(DEFECT_STATUSES, status)) q.status = status;
		else invalid.push('status');
	}
	const severity = read('severity');
	if (severity) {
		if (oneOf(DEFECT_SEVERITIES, severity)) q.severity = severity;
		else invalid.push('severity');
	}
	const side = read('ownerSide');
	if (side) {
		if (oneOf(DEFECT_SIDES, side)) q.ownerSide = side;
		else invalid.push('ownerSide');
	}
	for (const name of ['cycle', 'customisation'] as const) {
		const id = read(name);
		if (!id) continue;
		if (id.length <= 64) q[name === 'cycle' ? 'cycleId' : 'customisationId'] = id;
		else invalid.push(name);
	}
	const open = read('open');
	if (open) {
		if (open === '1' || open === 'true') q.openOnly = true;
		else if (open !== '0' && open !== 'false') invalid.push('open');
	}
	const page = read('page');
	if (page) {
		const n = Number(page);
		if (Number.isInteger(n) && n >= 1 && n <= 100_000) q.page = n;
		else invalid.push('page');
	}
	return { query: q, invalid };
}

/** What the new-defect form starts from when it is opened from a failed step of a run. */
export interface DefectPrefill {
	cycleId: string;
	cycleName: string;
	caseId: string;
	caseCode: string;
	caseTitle: string;
	runId: string | null;
	runStep: DefectRunStep | null;
	title: string;
	description: string;
	customisationId: string | null;
}
