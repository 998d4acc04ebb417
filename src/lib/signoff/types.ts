import type { Side } from '../raci/sides';
import type { RoleId } from '../raci/roles';

/** What can be signed. Each type has its own content (see src/lib/server/services/signoff/content.ts). */
export const SIGNABLE_TYPES = [
	'deliverable',
	'task',
	'raciBaseline',
	'gate',
	'cutover',
	'change',
	'requirement',
	'testDataWaiver'
] as const;
export type SignableType = (typeof SIGNABLE_TYPES)[number];

/** One signable object of a project. */
export interface SignableRef {
	type: SignableType;
	id: string;
}

/** The RACI matrix and the cutover decision exist once per project; these are their object ids. */
export const RACI_OBJECT_ID = 'matrix';
export const CUTOVER_OBJECT_ID = 'decision';

export const DECISIONS = ['approve', 'reject'] as const;
export type Decision = (typeof DECISIONS)[number];

/** What the signature means: reviewed, approved, or accepted as delivered. */
export const MEANINGS = ['review', 'approve', 'accept'] as const;
export type Meaning = (typeof MEANINGS)[number];

export type RoundStatus = 'open' | 'rejected' | 'approved';

/** The object's review state as a person reads it. */
export type ReviewState = 'draft' | 'inReview' | 'rejected' | 'approved';

export interface Slot {
	id: string;
	side: Side;
	role: RoleId;
}

export interface Signature {
	id: string;
	slotId: string;
	roundId: string;
	revision: number;
	memberId: string;
	signerName: string;
	signerSide: Side;
	signerRole: RoleId;
	decision: Decision;
	meaning: Meaning;
	comment: string;
	contentHash: string;
	signedAt: string;
	/** Set when a later change voided this signature; the row itself is never altered or deleted. */
	supersededAt: string | null;
	supersededReason: string | null;
}

export interface Round {
	id: string;
	number: number;
	revision: number;
	status: RoundStatus;
	contentHash: string;
	slots: Slot[];
	submittedBy: string | null;
	submitterName: string;
	submitterSide: Side;
	submittedAt: string;
	dueDate: string;
	note: string;
}
