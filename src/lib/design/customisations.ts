import { CUSTOMISATION_TRANSITIONS } from './rules';
import {
	CUSTOMISATION_STATUSES,
	CUSTOMISATION_TYPES,
	type CustomisationStatus,
	type CustomisationType,
	type FitVerdict,
	type OwnerSide,
	type Priority
} from './types';

// Customisations (二次设计与开发) as pages and the API see them, and the list's filters and estimate totals.

export const CUSTOMISATION_PAGE_SIZE = 50;

export interface CustomisationSummary {
	id: string;
	number: number;
	/** CU-001 … */
	code: string;
	title: string;
	type: CustomisationType;
	ownerSide: OwnerSide;
	developerMemberId: string | null;
	developerName: string | null;
	estimateDays: number | null;
	status: CustomisationStatus;
	requirementCount: number;
	/** Integrations: the systems involved (呼叫中心, ERP). */
	systems: string[];
	taskId: string | null;
	version: number;
}

export interface LinkedRequirement {
	id: string;
	code: string;
	title: string;
	priority: Priority;
	fit: FitVerdict | null;
}

/** The plan task that builds a customisation, with what the customisation page shows of it. */
export interface CustomisationTask {
	id: string;
	name: string;
	start: string;
	finish: string;
	durationDays: number;
	progress: number;
	status: string;
	/** The task's own version (a plan edit over it must name it). */
	version: number;
	/** A summary task's dates come from its subtasks: its duration does not follow the estimate. */
	hasSubtasks: boolean;
}

/**
 * How the build task has fallen out of step with its customisation: the estimate changed (`duration`), or the
 * customisation was cancelled while its task has not started (`cancelled`: it can leave the plan) or has
 * (`cancelledStarted`: work was done, it stays for the plan's managers to settle). A finished task is history.
 */
export const TASK_DRIFTS = ['duration', 'cancelled', 'cancelledStarted'] as const;
export type TaskDrift = (typeof TASK_DRIFTS)[number];

export function buildTaskDrift(c: {
	status: CustomisationStatus;
	estimateDays: number | null;
	task: CustomisationTask | null;
}): TaskDrift | null {
	const task = c.task;
	if (!task || task.status === 'done') return null;
	if (c.status === 'cancelled')
		return task.status === 'notStarted' && task.progress === 0 ? 'cancelled' : 'cancelledStarted';
	if (c.estimateDays === null || task.hasSubtasks) return null;
	return task.durationDays === buildTaskDuration(c.estimateDays) ? null : 'duration';
}

export interface CustomisationView extends CustomisationSummary {
	description: string;
	systems: string[];
	requirements: LinkedRequirement[];
	task: CustomisationTask | null;
	/** Whether the build task still matches the estimate and the status; null when it does (or there is none). */
	taskDrift: TaskDrift | null;
	createdAt: string;
	updatedAt: string;
}

export interface CustomisationQuery {
	statuses: CustomisationStatus[];
	types: CustomisationType[];
	page: number;
}

/** Reads the list's filters from a URL; unknown values are left out (and named, so the API can refuse them). */
export function parseCustomisationQuery(params: URLSearchParams): {
	query: CustomisationQuery;
	invalid: string[];
} {
	const invalid: string[] = [];
	const pick = <T extends string>(name: string, allowed: readonly T[]): T[] => {
		const out: T[] = [];
		for (const v of params.getAll(name).filter((s) => s !== '')) {
			if ((allowed as readonly string[]).includes(v)) {
				if (!out.includes(v as T)) out.push(v as T);
			} else invalid.push(name);
		}
		return out;
	};
	const statuses = pick('status', CUSTOMISATION_STATUSES);
	const types = pick('type', CUSTOMISATION_TYPES);
	const rawPage = params.get('page');
	const page = rawPage === null || rawPage === '' ? 1 : Number(rawPage);
	const pageOk = Number.isInteger(page) && page >= 1 && page <= 100_000;
	if (!pageOk) invalid.push('page');
	return { query: { statuses, types, page: pageOk ? page : 1 }, invalid };
}

/** The status moves a person may make from here, as buttons (the same table the service enforces). */
export function customisationMoves(status: CustomisationStatus): readonly CustomisationStatus[] {
	return CUSTOMISATION_TRANSITIONS[status];
}

/** A plan task lasts whole working days: the estimate rounded up, at least one. */
export function buildTaskDuration(estimateDays: number): number {
	return Math.max(1, Math.ceil(estimateDays - 1e-9));
}

export interface TotalsRow {
	status: CustomisationStatus;
	type: CustomisationType;
	count: number;
	days: number;
}

export interface Tally {
	count: number;
	days: number;
}

export interface CustomisationTotals {
	byStatus: Record<CustomisationStatus, Tally>;
	byType: Record<CustomisationType, Tally>;
	all: Tally;
}

const zero = (): Tally => ({ count: 0, days: 0 });
const round1 = (n: number) => Math.round(n * 10) / 10;

/** Counts and person-days by status and by type, from the database's (status, type) groups; see below for cancelled. */
export function customisationTotals(rows: readonly TotalsRow[]): CustomisationTotals {
	const byStatus = Object.fromEntries(CUSTOMISATION_STATUSES.map((s) => [s, zero()])) as Record<
		CustomisationStatus,
		Tally
	>;
	const byType = Object.fromEntries(CUSTOMISATION_TYPES.map((s) => [s, zero()])) as Record<
		CustomisationType,
		Tally
	>;
	const all = zero();
	for (const r of rows) {
		// Cancelled work keeps its count and, in its own status row, its days; the type and overall person-days
		// count only the work still to do or done (as the 定制开发清单 PDF does).
		const days = r.status === 'cancelled' ? 0 : r.days;
		byStatus[r.status].count += r.count;
		byStatus[r.status].days = round1(byStatus[r.status].days + r.days);
		for (const tally of [byType[r.type], all]) {
			tally.count += r.count;
			tally.days = round1(tally.days + days);
		}
	}
	return { byStatus, byType, all };
}
