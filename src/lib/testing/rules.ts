import type { WorkCalendar } from '../scheduling/calendar';
import { workingDaysFrom } from '../scheduling/variance';
import {
	SETTLED_DEFECT_STATUSES,
	SEVERE_DEFECTS,
	type CaseStatus,
	type CycleStatus,
	type DataNeedState,
	type DefectSeverity,
	type DefectStatus,
	type RunResult
} from './types';

/**
 * Where a defect may go from each status. 待复测 → 已关闭 also needs a passing retest (canCloseDefect);
 * 待复测 → 修复中 is a failed retest; 延期 needs a register decision; 已拒绝 needs a reason. A closed defect may be
 * reopened (修复中) when it comes back, and must then pass a retest again.
 */
export const DEFECT_TRANSITIONS: Record<DefectStatus, readonly DefectStatus[]> = {
	new: ['confirmed', 'rejected', 'deferred'],
	confirmed: ['fixing', 'rejected', 'deferred'],
	fixing: ['toRetest', 'deferred'],
	toRetest: ['closed', 'fixing', 'deferred'],
	closed: ['fixing'],
	rejected: ['new'],
	deferred: ['confirmed']
};

export function canMoveDefect(from: DefectStatus, to: DefectStatus): boolean {
	return DEFECT_TRANSITIONS[from].includes(to);
}

export function isDefectOpen(status: DefectStatus): boolean {
	return !SETTLED_DEFECT_STATUSES.includes(status);
}

export function isSevere(severity: DefectSeverity): boolean {
	return SEVERE_DEFECTS.includes(severity);
}

/** A run as the closing rule reads it. */
export interface RetestRunFact {
	caseId: string;
	result: RunResult;
	/** ISO timestamp. */
	executedAt: string;
}

/**
 * 已关闭 needs a passing retest: a passing run of the defect's case executed at or after the defect went to
 * 待复测 (a pass from before the fix proves nothing). Returns that run, or null.
 */
export function passingRetest<R extends RetestRunFact>(
	defect: { caseId: string; toRetestAt: string | null },
	runs: readonly R[]
): R | null {
	if (!defect.toRetestAt) return null;
	const since = defect.toRetestAt;
	let best: R | null = null;
	for (const r of runs)
		if (r.caseId === defect.caseId && r.result === 'passed' && r.executedAt >= since)
			if (!best || r.executedAt > best.executedAt) best = r;
	return best;
}

/** A closed cycle takes no more runs, plans no more cases and changes no data source. */
export function cycleAcceptsRuns(status: CycleStatus): boolean {
	return status !== 'closed';
}

/** The case's status in a cycle: its latest run's result, 未执行 before the first. */
export function caseStatusOf(latest: RunResult | null): CaseStatus {
	return latest ?? 'notRun';
}

/**
 * A 甲方 data need's state as of `today`: delivered once a delivery date is recorded; late when its promised
 * date (the delivery task's finish) has passed without delivery; pending before that.
 */
export function dataNeedState(
	need: { deliveredOn: string | null; promisedOn: string | null },
	today: string
): DataNeedState {
	if (need.deliveredOn) return 'delivered';
	if (need.promisedOn && need.promisedOn < today) return 'late';
	return 'pending';
}

/** 缺陷龄期: working days (调休 calendar) from when it was raised to when it was settled, or to today. */
export function defectAgeDays(
	calendar: WorkCalendar,
	raisedOn: string,
	settledOn: string | null,
	today: string
): number {
	return Math.max(0, workingDaysFrom(calendar, raisedOn, settledOn ?? today));
}
