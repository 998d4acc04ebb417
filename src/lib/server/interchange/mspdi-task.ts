import type { LinkType } from '../../scheduling/engine';

/**
 * One task of an MS Project plan, as the reader returns it and the writer takes it. `uid` is the file's UID on
 * reading and the workbench's task (or phase) id on writing; the writer numbers UIDs afresh.
 */
export interface MspdiTask {
	uid: string;
	name: string;
	/** 1 for a top-level task. */
	outlineLevel: number;
	/** The outline number ("1.2.3"); may be empty in a file. */
	wbs: string;
	start: string;
	finish: string;
	durationDays: number;
	isMilestone: boolean;
	isSummary: boolean;
	percentComplete: number;
	/** A start-no-earlier-than constraint's date, or null. */
	constraintStart: string | null;
	notes: string;
}

export interface MspdiLink {
	predecessorUid: string;
	successorUid: string;
	type: LinkType;
	lagDays: number;
}
