// What pages, components and the API read about sign-off (camelCase, mapped once on the server).
import type { ReviewState, Round, RoundStatus, Signature, SignableType, Slot } from './types';
import type { RegisterStatus, RegisterType } from '../register/types';

export interface SignatureView extends Signature {
	status: 'valid' | 'superseded';
	roundNumber: number;
}

export interface SignoffsView {
	objectType: SignableType;
	objectId: string;
	title: string;
	titleEn: string | null;
	phaseId: string | null;
	contentHash: string;
	state: ReviewState;
	approved: boolean;
	round: (Omit<Round, 'slots'> & { overdue: boolean }) | null;
	slots: (Slot & { signature: SignatureView | null; mine: boolean })[];
	signatures: SignatureView[];
	/** Slots of the current round the viewer could fill now. */
	mySlotIds: string[];
}

export interface HistoryEvent {
	seq: number;
	at: string;
	action: string;
	actorName: string | null;
	detail: Record<string, unknown>;
}

export interface QueueItem {
	projectId: string;
	projectCode: string;
	projectName: string;
	/** The project's time zone, so a list across projects shows each instant as its project does. */
	projectTimeZone: string;
	roundId: string;
	objectType: SignableType;
	objectId: string;
	title: string;
	submitterName: string;
	submitterSide: string;
	submittedAt: string;
	dueDate: string;
	overdue: boolean;
	slots: Slot[];
}

/** One of the caller's own tasks past its planned finish and not finished. */
export interface QueueTask {
	projectId: string;
	projectCode: string;
	projectName: string;
	taskId: string;
	title: string;
	titleEn: string | null;
	finishDate: string;
	progress: number;
	status: 'notStarted' | 'inProgress' | 'blocked';
}

/**
 * 待我处理: everything waiting on one person, one list per kind of work, each soonest due first. A new kind
 * (register items, say) is one more list here, one more source in the queue service, one more section on the page.
 */
export interface MyQueue {
	/** Open reviews with a slot the caller could sign. */
	items: QueueItem[];
	/** The caller's own overdue tasks. */
	tasks: QueueTask[];
	/** Open register items the caller owns: overdue first, then due soonest. */
	registerItems: QueueRegisterItem[];
}

/** An open register item (risk, issue, change, decision, action) the caller owns. */
export interface QueueRegisterItem {
	projectId: string;
	projectCode: string;
	projectName: string;
	itemId: string;
	type: RegisterType;
	/** "I-004". */
	code: string;
	title: string;
	status: RegisterStatus;
	dueDate: string | null;
	/** Past its due date in the project's time zone. */
	overdue: boolean;
	score: number | null;
}

export type IntegrityProblem =
	| { kind: 'versionHash'; versionId: string; deliverableId: string; number: number }
	| { kind: 'signoffAltered' | 'signoffWithoutAudit'; signoffId: string }
	| { kind: 'signoffMissing'; signoffId: string; auditSeq: number }
	| { kind: 'contentChanged'; objectType: SignableType; objectId: string; signoffId: string }
	| { kind: 'chainBroken'; auditSeq: number; problem: 'prevMismatch' | 'hashMismatch' | 'headMismatch' }
	| { kind: 'chainDowngraded'; auditSeq: number }
	| {
			kind: 'roundAltered';
			roundId: string;
			objectType: SignableType;
			objectId: string;
			problem: 'statusDiffers' | 'noAudit';
			status: RoundStatus;
			expectedStatus: RoundStatus | null;
	  }
	| { kind: 'keyMissing'; keyId: string }
	| {
			kind: 'anchorMismatch';
			auditSeq: number;
			anchoredAt: string;
			problem: 'rowMissing' | 'hashDiffers' | 'countDiffers';
			count: number;
	  }
	| { kind: 'anchorInvalid'; line: number; problem: 'malformed' | 'badMac' | 'otherScope' }
	| { kind: 'anchorMissing'; problem: 'missing' | 'unreadable' | 'empty' };

export interface AnchorSummary {
	/** ok: the anchor file was read; missing / unreadable: it could not be (reported as a problem once signatures exist). */
	status: 'ok' | 'missing' | 'unreadable';
	anchors: number;
	latest: { at: string; seq: number; rows: number; head: string; keyId: string } | null;
	/** Audit rows written after the latest anchor: not yet protected against a rewound tail. */
	unanchoredRows: number;
}

export interface IntegrityReport {
	ok: boolean;
	checkedAt: string;
	checked: {
		deliverableVersions: number;
		signoffs: number;
		auditRows: number;
		signedObjects: number;
		rounds: number;
		anchors: number;
	};
	/** Rows sealed before integrity keys existed: verified with the unkeyed hash, proof of order only. */
	legacy: { auditRows: number; signoffs: number };
	keys: { current: string; used: string[] };
	anchor: AnchorSummary;
	problems: IntegrityProblem[];
}
