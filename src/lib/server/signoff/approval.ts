import type { MessageKey } from '../../i18n';
import { approvalOf } from '../../signoff/state';
import { DomainError } from '../errors';
import { signableContent } from './content';
import type { SignableRef } from './review';
import { latestRound, objectSignatures } from './rounds';
import type { Conn } from '../db';

/** Whether the object's current content is approved by every slot; recomputed from the signatures each time. */
export async function currentApproval(db: Conn, projectId: string, ref: SignableRef) {
	const [content, round, signatures] = await Promise.all([
		signableContent(db, projectId, ref.type, ref.id),
		latestRound(db, projectId, ref.type, ref.id),
		objectSignatures(db, projectId, ref.type, ref.id)
	]);
	const approval = approvalOf(round, signatures, content.hash);
	return {
		...approval,
		contentHash: content.hash,
		signoffIds: approval.slots.map((s) => s.signature?.id ?? '')
	};
}

/** Refuses with the given message unless the object is approved as it stands now. */
export async function assertApproved(db: Conn, projectId: string, ref: SignableRef, messageKey: MessageKey) {
	const approval = await currentApproval(db, projectId, ref);
	if (!approval.approved) throw new DomainError('conflict', messageKey);
	return approval;
}
