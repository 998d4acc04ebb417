import type { WorkCalendar } from '../scheduling/calendar';
import { workingDaysFrom } from '../scheduling/variance';
import { dataNeedState } from './rules';
import type { CycleStatus, CycleType, DataNeedState, DataSource } from './types';

// View models of test cycles and the client data they need, as pages and the API show them.

export const CYCLE_PAGE_SIZE = 50;

export interface CycleExit {
	minPassRate: number;
	noOpenSevere: boolean;
	mustCovered: boolean;
	realData: boolean;
}

export interface CycleTester {
	memberId: string;
	name: string;
	side: 'client' | 'vendor';
}

/** A row of the cycle list: the dates are its plan task's (moving the task moves the cycle). */
export interface CycleSummary {
	id: string;
	number: number;
	name: string;
	type: CycleType;
	status: CycleStatus;
	startsOn: string | null;
	finishesOn: string | null;
	taskId: string | null;
	/** Cases planned into it, run at least once, passing on their latest run. */
	planned: number;
	executed: number;
	passed: number;
	executedPct: number | null;
	passRate: number | null;
	version: number;
}

export interface CycleView extends CycleSummary {
	environment: string;
	entryCriteria: string[];
	exit: CycleExit;
	testers: CycleTester[];
	taskName: string | null;
	durationDays: number | null;
	reportDeliverableId: string | null;
	closedAt: string | null;
	closedByName: string;
	createdAt: string;
	updatedAt: string;
}

export interface CyclePage {
	items: CycleSummary[];
	total: number;
	page: number;
	pageSize: number;
}

/** A 甲方 data need: its promised date is its delivery task's finish (or its own date when it has no task). */
export interface DataNeedView {
	id: string;
	cycleId: string;
	objectName: string;
	format: string;
	taskId: string | null;
	taskName: string | null;
	/** The date it was promised for: the task's finish, else the need's own promised date. */
	promisedOn: string | null;
	/** The need's own promised date (used when no task is linked). */
	ownPromisedOn: string | null;
	deliveredOn: string | null;
	notes: string;
	state: DataNeedState;
	/** Working days past the promised date while late (0 otherwise). */
	daysLate: number;
	version: number;
}

/** A case planned into the cycle as the data-source switch lists it. */
export interface PlannedCaseSource {
	caseId: string;
	code: string;
	title: string;
	dataSource: DataSource;
	reason: string;
	changedByName: string;
	changedAt: string | null;
	/** Null before its first run. */
	latestResult: 'passed' | 'failed' | 'blocked' | null;
}

/** Passed or executed of planned in %, one decimal (as the figures give them). */
export function percentOf(n: number, of: number): number | null {
	return of ? Math.round((n / of) * 1000) / 10 : null;
}

/** The cycle's state and lateness as of `today`, in working days of the project's calendar. */
export function needState(
	need: { deliveredOn: string | null; promisedOn: string | null },
	today: string,
	calendar: WorkCalendar
): { state: DataNeedState; daysLate: number } {
	const state = dataNeedState(need, today);
	const daysLate =
		state === 'late' && need.promisedOn ? Math.max(1, workingDaysFrom(calendar, need.promisedOn, today)) : 0;
	return { state, daysLate };
}

/** The moves a cycle's status may make: planned → running → closed, and a closed cycle reopened to running. */
export const CYCLE_MOVES: Record<CycleStatus, readonly CycleStatus[]> = {
	planned: ['running', 'closed'],
	running: ['closed'],
	closed: ['running']
};

export function canMoveCycle(from: CycleStatus, to: CycleStatus): boolean {
	return from === to || CYCLE_MOVES[from].includes(to);
}

/** The list's `page` parameter: a whole number from 1; anything else is named as invalid. */
export function parseCyclePage(params: URLSearchParams): { page: number; invalid: string[] } {
	const raw = params.get('page');
	if (raw === null || raw === '') return { page: 1, invalid: [] };
	return /^[1-9]\d{0,5}$/.test(raw) ? { page: Number(raw), invalid: [] } : { page: 1, invalid: ['page'] };
}
