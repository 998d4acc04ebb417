import type { ApprovalBlock } from '../../templates/documents/approval';
import { loadSignoffs } from '../services/signoff/view';
import { deliverableByTemplateKey } from '../repo/gates';
import { latestVersionOf } from '../repo/signable-content';
import { listSlots } from '../repo/signoff-slots';
import type { Conn } from './meta';

/**
 * The approval block of a document that is a deliverable (the charter): who signed its latest version, or
 * which slots still have to, so the printed copy says plainly whether it is signed.
 */
export async function deliverableApproval(
	db: Conn,
	projectId: string,
	templateKey: string
): Promise<ApprovalBlock> {
	const deliverable = await deliverableByTemplateKey(db, projectId, templateKey);
	return approvalOfDeliverable(db, projectId, deliverable?.id ?? null);
}

/** The same block for a deliverable named by id (a test cycle's own report), or the empty slots when there is none. */
export async function approvalOfDeliverable(
	db: Conn,
	projectId: string,
	deliverableId: string | null
): Promise<ApprovalBlock> {
	const slots = await listSlots(db, projectId, 'deliverable');
	const unsigned: ApprovalBlock = {
		state: 'draft',
		versionNumber: null,
		contentHash: null,
		slots: slots.map((s) => ({ side: s.side, role: s.role, signature: null }))
	};
	if (!deliverableId) return unsigned;
	const [view, version] = await Promise.all([
		loadSignoffs(db, projectId, { type: 'deliverable', id: deliverableId }, null),
		latestVersionOf(db, deliverableId)
	]);
	if (!view.round || !version) return { ...unsigned, versionNumber: version ? Number(version.number) : null };
	return {
		state: view.state,
		versionNumber: Number(version.number),
		contentHash: version.sha256,
		slots: view.slots.map((s) => ({
			side: s.side,
			role: s.role,
			signature:
				s.signature && s.signature.status === 'valid'
					? {
							name: s.signature.signerName,
							side: s.signature.signerSide,
							role: s.signature.signerRole,
							decision: s.signature.decision,
							signedAt: s.signature.signedAt
						}
					: null
		}))
	};
}
