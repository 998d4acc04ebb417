import type { OwnerSide } from '../phases/types';
import type { Side } from '../raci/sides';
import { isReadyForTest } from './rules';
import type { ProcessKind, StepResult, ValidationResult } from './types';

// 可执行性验证 as the pages and the API show it: each walkthrough of a to-be process with the issues it raised
// (live from the register), and whether the process is ready for test.

export interface ValidationParticipant {
	memberId: string | null;
	name: string;
	side: Side;
}

export interface ValidationStep {
	stepId: string | null;
	name: string;
	result: StepResult;
	note: string;
}

/** A register issue a walkthrough raised, with its status as it is now. */
export interface ValidationIssue {
	id: string;
	/** I-007. */
	code: string;
	title: string;
	status: string;
	blocking: boolean;
	open: boolean;
	ownerSide: OwnerSide;
}

export interface ValidationView {
	id: string;
	processId: string;
	heldOn: string;
	participants: ValidationParticipant[];
	steps: ValidationStep[];
	result: ValidationResult;
	notes: string;
	recordedByName: string;
	createdAt: string;
	issues: ValidationIssue[];
}

export interface ValidatedProcess {
	id: string;
	kind: ProcessKind;
	/** TB-003. */
	code: string;
	name: string;
}

export interface ReadinessForTest {
	latest: ValidationResult | null;
	openBlocking: number;
	ready: boolean;
}

/** Walkthroughs newest first: the first one is the latest. */
export function readinessForTest(validations: readonly ValidationView[]): ReadinessForTest {
	const latest = validations[0]?.result ?? null;
	const openBlocking = validations.flatMap((v) => v.issues).filter((i) => i.blocking && i.open).length;
	return { latest, openBlocking, ready: isReadyForTest(latest, openBlocking) };
}
