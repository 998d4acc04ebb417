import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Timestamp, IsoDate } from './columns';

export interface SignoffSlotTable {
	id: string;
	project_id: string;
	object_type: string;
	side: string;
	role: string;
	order_index: number;
	created_at: Timestamp;
}

export interface ReviewRoundTable {
	id: string;
	project_id: string;
	object_type: string;
	object_id: string;
	number: number;
	revision: ColumnType<number, number | undefined, number>;
	status: 'open' | 'rejected' | 'approved';
	content_hash: string;
	/** JSON: Slot[] required in this round, fixed at submission (open rounds follow later slot changes). */
	slots: string;
	submitted_by: string | null;
	submitter_name: string;
	submitter_side: string;
	submitted_at: Timestamp;
	due_date: IsoDate;
	note: string;
	version: Generated<number>;
}

export interface SignoffTable {
	id: string;
	project_id: string;
	round_id: string;
	revision: number;
	object_type: string;
	object_id: string;
	slot_id: string;
	member_id: string;
	user_id: string;
	signer_name: string;
	signer_side: string;
	signer_role: string;
	decision: 'approve' | 'reject';
	meaning: 'review' | 'approve' | 'accept';
	comment: string;
	content_hash: string;
	signed_at: Timestamp;
}

export interface SignoffSupersessionTable {
	signoff_id: string;
	project_id: string;
	superseded_at: Timestamp;
	reason: string;
	new_hash: string;
	actor_id: string | null;
}

/** Two-sided sign-off: the slots an object needs, review rounds, signatures and their supersessions. */
export interface SignoffTables {
	signoff_slots: SignoffSlotTable;
	review_rounds: ReviewRoundTable;
	signoffs: SignoffTable;
	signoff_supersessions: SignoffSupersessionTable;
}

export type SignoffSlotRow = Selectable<SignoffSlotTable>;
export type ReviewRoundRow = Selectable<ReviewRoundTable>;
export type SignoffRow = Selectable<SignoffTable>;
