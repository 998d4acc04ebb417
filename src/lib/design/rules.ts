import {
	SEVERE_PAIN,
	type CustomisationStatus,
	type FitVerdict,
	type OwnerSide,
	type PainStatus,
	type ValidationResult
} from './types';

// The rules every screen, gate, figure and document of diagnosis and redesign reads the same way.

/** What became of a pain point: resolved by at least one to-be process, explicitly deferred, or still open. */
export type PainPointState = 'resolved' | 'deferred' | 'open';

export function painPointState(status: PainStatus, resolvingProcesses: number): PainPointState {
	if (resolvingProcesses > 0) return 'resolved';
	return status === 'deferred' ? 'deferred' : 'open';
}

/** A gap of the redesign: a severe pain point (≥ 4) that no to-be process resolves and nobody deferred. */
export function isSeverePainGap(severity: number, state: PainPointState): boolean {
	return severity >= SEVERE_PAIN && state === 'open';
}

/**
 * A requirement somebody else asked for that the vendor will not implement is a scope decision: it needs both
 * sides' signatures (the sign-off engine) before it counts as settled. The vendor's own idea dropped does not.
 */
export function needsScopeSignoff(fit: FitVerdict | null, requestedBySide: OwnerSide): boolean {
	return fit === 'notImplemented' && requestedBySide !== 'vendor';
}

/** A verdict of 不实施 must say why; so must 需二次开发 (it is what the customisation list is built from). */
export function verdictNeedsReason(fit: FitVerdict | null): boolean {
	return fit === 'notImplemented' || fit === 'development';
}

/** 待设计 → 设计中 → 开发中 → 待测试 → 已完成, any of them → 已取消; a step back is allowed (rework), done reopens to test. */
export const CUSTOMISATION_TRANSITIONS: Record<CustomisationStatus, readonly CustomisationStatus[]> = {
	toDesign: ['designing', 'cancelled'],
	designing: ['toDesign', 'developing', 'cancelled'],
	developing: ['designing', 'toTest', 'cancelled'],
	toTest: ['developing', 'done', 'cancelled'],
	done: ['toTest'],
	cancelled: ['toDesign']
};

export function canMoveCustomisation(from: CustomisationStatus, to: CustomisationStatus): boolean {
	return from === to || CUSTOMISATION_TRANSITIONS[from].includes(to);
}

/** Finished for the redesign gate: built, or cancelled on purpose. */
export function isCustomisationSettled(status: CustomisationStatus): boolean {
	return status === 'done' || status === 'cancelled';
}

/**
 * A to-be process is ready for test only when its latest walkthrough found it executable and every blocking
 * issue raised by any of its walkthroughs is closed.
 */
export function isReadyForTest(latest: ValidationResult | null, openBlockingIssues: number): boolean {
	return latest === 'executable' && openBlockingIssues === 0;
}
