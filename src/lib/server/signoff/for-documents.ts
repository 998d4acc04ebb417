import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';

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
 * Stub: the sign-off module (issue #6) replaces this file with the real query on merge. Until then no gate has
 * signatures, and the gate record prints empty signature lines for the default slots.
 */
export async function gateSignatures(_db: Kysely<Database> | Transaction<Database>, _projectId: string, _phaseId: string): Promise<PrintedSignature[]> {
	return [];
}
