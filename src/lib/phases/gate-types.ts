// The objects a phase gate reads and the waivers it is passed with (see gate-evaluation.ts).
import type { ReviewState } from '../signoff/types';
import type { TaskStatus } from './task-model';
import type { TestingObserved } from './testing-gate';

/** The design chain's objects (and a business domain with no process) can be waived too: see design/coverage.ts. */
export const WAIVER_SUBJECTS = [
	'deliverable',
	'task',
	'registerItem',
	'process',
	'painPoint',
	'requirement',
	'customisation',
	'processDomain',
	'testCycle',
	'testCase',
	'defect'
] as const;
export type WaiverSubject = (typeof WAIVER_SUBJECTS)[number];
export const WAIVER_REASON_MAX = 1000;

/** What the waived object looked like when it was waived, so the signers see what they let through. */
export interface WaiverObserved extends Omit<TestingObserved, 'state'> {
	/** A deliverable's review state, a task's status or a register item's status. */
	state: ReviewState | TaskStatus | string;
	/** Register items: what the rule found missing. */
	missing?: ('owner' | 'mitigation')[];
	versionNumber?: number | null;
	sha256?: string | null;
	progress?: number;
	finish?: string;
}

export interface GateWaiverView {
	id: string;
	phaseId: string;
	subjectType: WaiverSubject;
	subjectId: string;
	/** The deliverable's or task's name when it was waived (the object may be renamed or removed later). */
	subjectName: string;
	reason: string;
	observed: WaiverObserved;
	waivedBy: string | null;
	waivedByName: string;
	waivedAt: string;
}

export interface GateDeliverableFact {
	id: string;
	name: string;
	nameEn: string | null;
	versionNumber: number | null;
	sha256: string | null;
	state: ReviewState;
	approved: boolean;
}

export interface GateTaskFact {
	id: string;
	phaseId: string;
	parentId: string | null;
	wbs: string;
	name: string;
	nameEn: string | null;
	status: TaskStatus;
	progress: number;
	finish: string;
	hasChildren: boolean;
	templateKey: string | null;
}

export interface GateException {
	subjectType: WaiverSubject;
	subjectId: string;
	name: string;
	nameEn: string | null;
	wbs: string | null;
	observed: WaiverObserved;
	overdue: boolean;
	waiver: GateWaiverView | null;
}
