import type { MessageKey } from '../../../i18n';
import { approvalOf } from '../../../signoff/state';
import { DomainError } from '../../errors';
import { signableContent } from './content';
import { RACI_OBJECT_ID, type SignableRef } from '../../../signoff/types';
import type { Actor } from '../../repo/audit';
import { refreshReviews } from './review';
import { latestRound, objectSignatures } from '../../repo/review-rounds';
import type { Conn } from '../../db';

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

/**
 * The plan changed, inside the caller's transaction: approvals over what changed are voided. Signatures over
 * each changed task's content are superseded and its review reopens; when tasks were added or removed, the
 * RACI matrix (whose rows they are) goes the same way. Content that did not actually change keeps its approval.
 */
export async function voidPlanApprovals(
	trx: Conn,
	actor: Actor,
	projectId: string,
	change: { taskIds?: readonly string[]; rowsChanged?: boolean },
	reason = 'changed'
): Promise<void> {
	const refs: SignableRef[] = (change.taskIds ?? []).map((id) => ({ type: 'task', id }));
	if (change.rowsChanged) refs.push({ type: 'raciBaseline', id: RACI_OBJECT_ID });
	await refreshReviews(trx, actor, projectId, refs, reason);
}
