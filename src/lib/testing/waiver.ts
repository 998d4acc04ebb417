import type { Canonical } from '../signoff/canonical';
import type { ObjectApproval } from '../signoff/state';
import type { DataSource, RunResult } from './types';

/** A planned case whose result rests on (or, before its first run, is planned on) 乙方 simulated data. */
export interface WaivedCase {
	id: string;
	/** TC-001 */
	code: string;
	title: string;
}

/** What both leads sign when results on simulated data are accepted for a cycle: its name, the reason, the cases. */
export interface DataWaiverFacts {
	cycleId: string;
	cycleName: string;
	reason: string;
	cases: WaivedCase[];
}

/**
 * The data a case's result rests on: its latest run's source once it has run, else the source it is planned on.
 * The real-data exit criterion and the report read it the same way.
 */
export function resultSource(p: {
	latestResult: RunResult | null;
	latestSource: DataSource | null;
	dataSource: DataSource;
}): DataSource {
	return p.latestResult ? (p.latestSource ?? p.dataSource) : p.dataSource;
}

/**
 * The canonical content of a cycle's data waiver. The cases are part of it: a case switched to simulated data
 * after both leads signed is not covered by their signatures, so the waiver has to be signed again.
 */
export function dataWaiverContent(facts: DataWaiverFacts): Canonical {
	return {
		type: 'testDataWaiver',
		id: facts.cycleId,
		cycle: facts.cycleName,
		reason: facts.reason,
		cases: [...facts.cases]
			.sort((a, b) => a.code.localeCompare(b.code))
			.map((c) => ({ id: c.id, code: c.code, title: c.title }))
	};
}

/** Signed by both sides: every slot approved over the current content, and among them a 甲方 and a 乙方 signer. */
export function signedByBothSides(approval: Pick<ObjectApproval, 'approved' | 'slots'>): boolean {
	if (!approval.approved) return false;
	const sides = new Set(approval.slots.map((s) => s.signature?.signerSide));
	return sides.has('client') && sides.has('vendor');
}
