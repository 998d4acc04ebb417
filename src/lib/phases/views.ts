// What pages and components read about a phase's gate and deliverables (camelCase, mapped at the repository edge).
import type { ReviewState } from '../signoff/types';

export interface GateItemView {
	id: string;
	phaseId: string;
	/** The methodology's key for the item; some items are computed by the gate (COMPUTED_CHECKLIST_ITEMS). */
	templateKey: string | null;
	text: string;
	textEn: string | null;
	done: boolean;
	evidenceNote: string;
	evidenceTaskId: string | null;
	evidenceDeliverableId: string | null;
	checkedBy: string | null;
	checkedAt: string | null;
	version: number;
}

export interface DeliverableView {
	id: string;
	phaseId: string;
	name: string;
	nameEn: string | null;
	description: string;
	templateKey: string | null;
}

export interface DeliverableVersionView {
	id: string;
	deliverableId: string;
	number: number;
	filename: string;
	mediaType: string;
	sizeBytes: number;
	sha256: string;
	source: 'upload' | 'generated';
	note: string;
	createdAt: string;
	createdBy: string | null;
	createdByName: string | null;
}

export interface DeliverableWithReview extends DeliverableView {
	latestVersion: DeliverableVersionView | null;
	versionCount: number;
	state: ReviewState;
	approved: boolean;
}
