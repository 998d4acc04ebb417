import { slotLabel } from '../../../signoff/labels';
import type { Locale } from '../../../i18n';
import type { Conn } from '../../db';
import { loadSignoffs } from './view';

/** A signature as printed on a gate record. */
export interface PrintedSignature {
	slotLabel: string;
	signerName: string;
	side: 'client' | 'vendor' | 'consultant';
	decision: 'approve' | 'reject';
	meaning: 'review' | 'approve' | 'accept';
	/** ISO UTC */
	signedAt: string;
	/** hex sha256 */
	contentHash: string;
	status: 'valid' | 'superseded';
}

/**
 * The gate's signatures for its printed record, oldest first: superseded ones stay on the record (marked),
 * exactly as the screen shows them, so paper and screen never disagree.
 */
export async function gateSignatures(
	db: Conn,
	projectId: string,
	phaseId: string,
	locale: Locale = 'zh-CN'
): Promise<PrintedSignature[]> {
	const view = await loadSignoffs(db, projectId, { type: 'gate', id: phaseId }, null);
	return view.signatures.map((s) => ({
		slotLabel: slotLabel({ side: s.signerSide, role: s.signerRole }, locale),
		signerName: s.signerName,
		side: s.signerSide,
		decision: s.decision,
		meaning: s.meaning,
		signedAt: s.signedAt,
		contentHash: s.contentHash,
		status: s.status
	}));
}
