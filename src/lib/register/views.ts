import type { OwnerSide } from '../phases/types';
import type { PlanEdit } from './plan-edits';
import type { IssueSeverity, LinkTarget, RegisterOrigin, RegisterStatus, RegisterType } from './types';

/** A risk's own fields. */
export interface RiskDetails {
	trigger: string;
	mitigation: string;
	contingency: string;
}

/** A change request's own fields; the plan edits it would make are previewed and applied by change control. */
export interface ChangeDetails {
	whatChanges: string;
	reason: string;
	requestedBySide: OwnerSide;
	scopeImpact: string;
	/** Working days the finish moves by, as the requester estimates it; the preview computes the real figure. */
	scheduleDays: number;
	/** Cost in the project's currency, as text the requester writes ("¥ 80,000", "约 3 人月"). */
	costImpact: string;
	raciImpact: string;
	/** The plan edits the change makes when applied (change control). */
	planEdits: PlanEdit[];
}

export interface DecisionDetails {
	decision: string;
	alternatives: string;
	decidedBy: string;
	decidedOn: string | null;
}

/** Per type; issues and actions keep their own fields in columns (severity, blocking, resolution). */
export interface RegisterDetails {
	risk: RiskDetails;
	issue: Record<string, never>;
	change: ChangeDetails;
	decision: DecisionDetails;
	action: Record<string, never>;
}

/** What the register's table and the API's list show of an item. */
export interface RegisterItemSummary {
	id: string;
	type: RegisterType;
	number: number;
	/** "R-001". */
	code: string;
	title: string;
	status: RegisterStatus;
	ownerSide: OwnerSide;
	ownerMemberId: string | null;
	ownerName: string | null;
	dueDate: string | null;
	probability: number | null;
	impact: number | null;
	score: number | null;
	severity: IssueSeverity | null;
	blocking: boolean;
	origin: RegisterOrigin;
	originRef: string | null;
	raisedOn: string;
	updatedAt: string;
	closedAt: string | null;
	version: number;
}

/** One item with everything its page shows. */
export interface RegisterItemView extends RegisterItemSummary {
	description: string;
	resolution: string;
	details: Partial<RiskDetails & ChangeDetails & DecisionDetails>;
	raisedByName: string;
	createdAt: string;
	escalatedAt: string | null;
}

export interface RegisterLinkView {
	id: string;
	targetType: LinkTarget;
	targetId: string;
	/** The target's name or code, as it reads now; null when it was deleted since. */
	label: string | null;
	/** The template's English name of a task, phase or deliverable while it is untouched. */
	labelEn: string | null;
	/**
	 * outgoing: this item links to the target; incoming: another item links to this one (targetType is
	 * then `item` and targetId that other item).
	 */
	direction: 'outgoing' | 'incoming';
}

/** One line of an item's history: a change from the audit trail, or a comment. */
export interface RegisterHistoryEntry {
	at: string;
	kind: 'created' | 'updated' | 'linked' | 'unlinked' | 'comment';
	actorName: string | null;
	/** For updates: the fields changed and the status move. */
	changed: string[];
	fromStatus: string | null;
	toStatus: string | null;
	/** For links: the target; for comments: the text. */
	text: string;
}

/** One page of the register's table. */
export interface RegisterPage {
	items: RegisterItemSummary[];
	total: number;
	page: number;
	pageSize: number;
}

export interface RegisterCommentView {
	id: string;
	authorName: string;
	body: string;
	createdAt: string;
}
